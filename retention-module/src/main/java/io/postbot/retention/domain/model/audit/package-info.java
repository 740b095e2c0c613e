/** The audit log of console users' actions: append-only entries free of customers' data. */
package io.postbot.retention.domain.model.audit;
