package io.postbot.handoff.application;

import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a customer's typing through once per interval per conversation: the console shows the
 * indicator for seconds, so more often only costs the agents' consoles. Its memory is bounded: past
 * MAX_TRACKED conversations it forgets those heard of longest ago (whose interval is long over).
 */
@ApplicationScoped
public class TypingThrottle {

  static final Duration INTERVAL = Duration.ofSeconds(2);
  static final int MAX_TRACKED = 10_000;

  private final Map<ConversationId, Instant> lastLetThrough = new ConcurrentHashMap<>();

  /** True when this conversation's typing may be shown now. */
  public boolean allow(ConversationId conversation, Instant now) {
    boolean[] allowed = {false};
    lastLetThrough.compute(
        conversation,
        (id, last) -> {
          if (last == null || !now.isBefore(last.plus(INTERVAL))) {
            allowed[0] = true;
            return now;
          }
          return last;
        });
    if (allowed[0] && lastLetThrough.size() > MAX_TRACKED) {
      forgetOlderThan(now.minus(INTERVAL));
    }
    return allowed[0];
  }

  int tracked() {
    return lastLetThrough.size();
  }

  private void forgetOlderThan(Instant cutoff) {
    lastLetThrough.values().removeIf(at -> at.isBefore(cutoff));
    if (lastLetThrough.size() > MAX_TRACKED) {
      // a burst of distinct conversations within one interval: forget the oldest half
      lastLetThrough.entrySet().stream()
          .sorted(Map.Entry.comparingByValue())
          .limit(lastLetThrough.size() - MAX_TRACKED / 2)
          .map(Map.Entry::getKey)
          .toList()
          .forEach(lastLetThrough::remove);
    }
  }
}
