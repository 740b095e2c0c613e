/** How operators watch the purge: metrics and a health check. */
package io.postbot.retention.infrastructure.monitoring;
