/** The retention context's model: what is kept how long, and the proof that it went. */
package io.postbot.retention.domain.model;
