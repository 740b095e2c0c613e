package io.postbot.handoff.api;

/** The console user a chat in progress is with: whom to tell, and the name the customer sees. */
public record ChatAgent(String username, String displayName) {}
