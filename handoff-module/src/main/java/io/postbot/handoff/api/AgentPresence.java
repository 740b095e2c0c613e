package io.postbot.handoff.api;

import java.util.Set;

/** A console user as supervisors see them: online or not, and how many chats they have open. */
public record AgentPresence(
    String username,
    String displayName,
    Set<String> roles,
    boolean online,
    int openChats,
    boolean locked) {}
