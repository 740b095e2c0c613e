/** The handoff use cases: queue, agent desk, console accounts, records and erasure. */
package io.postbot.handoff.application;
