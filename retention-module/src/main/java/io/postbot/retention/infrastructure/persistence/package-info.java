/** JPA adapters of the retention context: the purge audit, the purge lease, its migrations. */
package io.postbot.retention.infrastructure.persistence;
