package io.postbot.statistics.api;

/** How often customers asked about an intent in the range. */
public record IntentCount(String intent, long questions) {}
