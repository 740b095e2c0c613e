/** The feedback context's public surface: the survey facade, its event and its erasure port. */
package io.postbot.feedback.api;
