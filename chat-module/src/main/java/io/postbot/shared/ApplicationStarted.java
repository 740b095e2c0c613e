package io.postbot.shared;

/**
 * Fired once at start-up after every context has migrated its tables: the moment to load content
 * and warm caches, so that broken content fails the start instead of a customer's chat.
 */
public record ApplicationStarted() {}
