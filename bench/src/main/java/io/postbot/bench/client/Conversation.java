package io.postbot.bench.client;

/** A started conversation as the widget holds it: id, bearer token and the last message id. */
public record Conversation(String id, String token, String language, int lastMessage) {}
