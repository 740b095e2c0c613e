package io.postbot.handoff.application;

import io.postbot.handoff.api.CustomerTyping;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a few seconds that a customer is typing, for the agent's console. Deliberately in
 * memory: a lost typing indicator harms nobody, and nothing about it is worth storing. In a cluster
 * each server remembers what it heard itself or was told by the others' notifications.
 */
@ApplicationScoped
public class TypingIndicators {

  static final Duration SHOWN_FOR = Duration.ofSeconds(5);

  private final Map<ConversationId, Instant> customers = new ConcurrentHashMap<>();

  @Inject Clock clock;

  protected TypingIndicators() {}

  TypingIndicators(Clock clock) {
    this.clock = clock;
  }

  void onCustomerTyping(@Observes CustomerTyping typing) {
    heard(typing.conversation());
  }

  /** The customer's typing was accepted here or, as another server tells, elsewhere. */
  void heard(ConversationId conversation) {
    customers.put(conversation, clock.instant());
  }

  public boolean customerIsTyping(ConversationId conversation) {
    Instant at = customers.get(conversation);
    return at != null && at.isAfter(clock.instant().minus(SHOWN_FOR));
  }
}
