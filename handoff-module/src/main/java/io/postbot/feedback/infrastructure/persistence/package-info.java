/** JPA adapter of the feedback context's survey repository. */
package io.postbot.feedback.infrastructure.persistence;
