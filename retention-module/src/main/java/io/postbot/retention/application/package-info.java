/** The retention use cases: the scheduled purge, its backlog, and data-subject requests. */
package io.postbot.retention.application;
