/** Records statistics from the chat context's events, after its transactions commit. */
package io.postbot.statistics.application;
