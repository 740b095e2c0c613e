package io.postbot.retention.application;

import io.postbot.chat.api.ConversationEraser;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far the purge is behind: how long the oldest overdue bot conversation has outlived its
 * expiry, and whether anything has been overdue for longer than the policy's tolerance (two purge
 * intervals and one hour). Agent chats only say whether they are overdue beyond the tolerance: the
 * handoff port names conversations, not their close times.
 */
public class RetentionBacklog {

  private final ConversationEraser chat;
  private final AgentChatEraser handoff;
  private final RetentionPolicy policy;
  private final Clock clock;

  public RetentionBacklog(
      ConversationEraser chat, AgentChatEraser handoff, RetentionPolicy policy, Clock clock) {
    this.chat = chat;
    this.handoff = handoff;
    this.policy = policy;
    this.clock = clock;
  }

  /** How long the oldest overdue bot conversation is past its expiry; zero when none is. */
  public Duration oldestBotOverdue() {
    Instant now = clock.instant();
    Optional<Instant> oldest = chat.oldestIdleBotActivity(policy.botConversation().cutoff(now));
    return oldest
        .map(t -> Duration.between(policy.botConversation().expiresAt(t), now))
        .filter(d -> !d.isNegative())
        .orElse(Duration.ZERO);
  }

  /** True when some record has been overdue for longer than the tolerance. */
  public boolean isBehind() {
    Instant now = clock.instant();
    Duration tolerance = policy.tolerance();
    return oldestBotOverdue().compareTo(tolerance) > 0
        || !handoff
            .closedBefore(true, policy.agentComplaint().cutoff(now).minus(tolerance), 1)
            .isEmpty()
        || !handoff
            .closedBefore(false, policy.agentOther().cutoff(now).minus(tolerance), 1)
            .isEmpty();
  }
}
