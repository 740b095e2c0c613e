/** Adapters of the retention context: persistence, monitoring and exports. */
package io.postbot.retention.infrastructure;
