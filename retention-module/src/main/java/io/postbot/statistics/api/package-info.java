/**
 * The statistics context's public surface: the dashboard's figures and the random review of
 * redacted customer questions.
 */
package io.postbot.statistics.api;
