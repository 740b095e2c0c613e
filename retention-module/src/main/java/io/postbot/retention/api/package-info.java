/**
 * The retention context's public surface: the purge audit and data-subject requests, for operators.
 */
package io.postbot.retention.api;
