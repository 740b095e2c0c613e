package io.postbot.retention.domain.model.policy;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The carrier's retention rules, as the privacy policy states them: a conversation only ever held
 * with the bot is kept one month from its last activity; a conversation handed to an agent is kept,
 * in full, 3.5 years from the close of the agent chat when it was a complaint and 1.5 years
 * otherwise. The purge runs every {@code purgeInterval}.
 */
public record RetentionPolicy(
    RetentionPeriod botConversation,
    RetentionPeriod agentComplaint,
    RetentionPeriod agentOther,
    RetentionPeriod purgeInterval) {

  public static final String BOT_CONVERSATION = "postbot.retention.bot-conversation";
  public static final String AGENT_COMPLAINT = "postbot.retention.agent-complaint";
  public static final String AGENT_OTHER = "postbot.retention.agent-other";
  public static final String PURGE_INTERVAL = "postbot.retention.purge-interval";

  /** The defaults of the privacy policy. */
  public static final Map<String, String> DEFAULTS =
      Map.of(
          BOT_CONVERSATION, "P1M",
          AGENT_COMPLAINT, "P3Y6M",
          AGENT_OTHER, "P1Y6M",
          PURGE_INTERVAL, "PT1H");

  public RetentionPolicy {
    Objects.requireNonNull(botConversation, BOT_CONVERSATION);
    Objects.requireNonNull(agentComplaint, AGENT_COMPLAINT);
    Objects.requireNonNull(agentOther, AGENT_OTHER);
    Objects.requireNonNull(purgeInterval, PURGE_INTERVAL);
  }

  /** The policy of the privacy text: P1M, P3Y6M, P1Y6M, purged every hour. */
  public static RetentionPolicy defaults() {
    return from(key -> Optional.empty());
  }

  /**
   * Reads the four settings through {@code config}; a missing key takes its default, an invalid one
   * fails with a message naming the key, so a misconfigured server does not start.
   */
  public static RetentionPolicy from(Function<String, Optional<String>> config) {
    return new RetentionPolicy(
        read(config, BOT_CONVERSATION),
        read(config, AGENT_COMPLAINT),
        read(config, AGENT_OTHER),
        read(config, PURGE_INTERVAL));
  }

  /** How late the purge may fall behind before it counts as unhealthy: two intervals and 1 h. */
  public Duration tolerance() {
    return purgeInterval.approximateLength().multipliedBy(2).plusHours(1);
  }

  private static RetentionPeriod read(Function<String, Optional<String>> config, String key) {
    String value = config.apply(key).filter(v -> !v.isBlank()).orElse(DEFAULTS.get(key));
    try {
      return RetentionPeriod.parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRetentionSettingException(key, e.getMessage());
    }
  }

  /** A retention setting that cannot be used; its message names the key. */
  public static final class InvalidRetentionSettingException extends IllegalStateException {
    public InvalidRetentionSettingException(String key, String reason) {
      super("invalid setting " + key + ": " + reason);
    }
  }
}
