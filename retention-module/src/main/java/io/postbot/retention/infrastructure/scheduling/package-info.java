/** Runs the purge on the server's managed scheduler. */
package io.postbot.retention.infrastructure.scheduling;
