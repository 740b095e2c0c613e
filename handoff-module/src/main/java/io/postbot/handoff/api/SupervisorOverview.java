package io.postbot.handoff.api;

import java.time.Duration;
import java.util.List;

/**
 * The supervisor's picture of customer service now: agents and their load, the queue, chats in
 * progress, and wait and handling times measured from the recorded timestamps (last 7 days).
 */
public record SupervisorOverview(
    List<AgentPresence> agents,
    int agentsOnline,
    int queueLength,
    Duration longestWait,
    int chatsInProgress,
    int offlineRequests,
    Duration averageWait,
    int measuredWaits,
    Duration averageHandling,
    int measuredChats) {}
