/** The handoff context's public surface: its facade, records, events and erasure ports. */
package io.postbot.handoff.api;
