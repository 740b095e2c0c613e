/** The queue of customers waiting for a person: entries, their order and the wait estimate. */
package io.postbot.handoff.domain.model.queue;
