/** Purge runs: their audit record and the database lease that lets one server purge at a time. */
package io.postbot.retention.domain.model.purge;
