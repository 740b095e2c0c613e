package io.postbot.web.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer API's limits, from MicroProfile Config. The defaults leave room for a real customer
 * (typing fast, a family behind one address) and stop scripts; load tests raise them.
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "postbot.ratelimit.messages-per-minute", defaultValue = "20")
  int messagesPerMinute;

  @Inject
  @ConfigProperty(name = "postbot.ratelimit.messages-per-minute-per-address", defaultValue = "120")
  int messagesPerMinutePerAddress;

  @Inject
  @ConfigProperty(
      name = "postbot.ratelimit.conversations-per-hour-per-address",
      defaultValue = "60")
  int conversationsPerHourPerAddress;

  @Inject
  @ConfigProperty(name = "postbot.ratelimit.requests-per-minute-per-address", defaultValue = "600")
  int requestsPerMinutePerAddress;

  /** Behind a reverse proxy every customer shares its address; it names them in X-Forwarded-For. */
  @Inject
  @ConfigProperty(name = "postbot.ratelimit.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  @Inject Clock clock;

  private RateLimiter messagesByConversation;
  private RateLimiter messagesByAddress;
  private RateLimiter conversationsByAddress;
  private RateLimiter requestsByAddress;

  @jakarta.annotation.PostConstruct
  void create() {
    Duration minute = Duration.ofMinutes(1);
    messagesByConversation = new RateLimiter(messagesPerMinute, minute, clock);
    messagesByAddress = new RateLimiter(messagesPerMinutePerAddress, minute, clock);
    conversationsByAddress =
        new RateLimiter(conversationsPerHourPerAddress, Duration.ofHours(1), clock);
    requestsByAddress = new RateLimiter(requestsPerMinutePerAddress, minute, clock);
  }

  public boolean trustForwardedFor() {
    return trustForwardedFor;
  }

  /** A customer message in a conversation, from an address. */
  public Duration message(String conversation, String address) {
    Duration wait = messagesByConversation.acquire(conversation);
    return wait.isZero() ? messagesByAddress.acquire(address) : wait;
  }

  /** A new conversation from an address. */
  public Duration conversation(String address) {
    return conversationsByAddress.acquire(address);
  }

  /** Any other API request from an address (reads, polling, downloads). */
  public Duration request(String address) {
    return requestsByAddress.acquire(address);
  }
}
