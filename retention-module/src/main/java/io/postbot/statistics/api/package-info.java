/** The statistics context's public surface: the random review of redacted customer questions. */
package io.postbot.statistics.api;
