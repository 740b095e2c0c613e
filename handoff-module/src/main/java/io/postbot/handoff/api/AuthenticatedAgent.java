package io.postbot.handoff.api;

import java.util.Set;

/**
 * A console user whose password checked out, with the roles they may act in (included ones too).
 */
public record AuthenticatedAgent(String username, String displayName, Set<String> roles) {}
