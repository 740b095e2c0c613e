/** JPA adapters of the handoff context's repositories, and the handoff and feedback migrations. */
package io.postbot.handoff.infrastructure.persistence;
