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

  /**
   * The reverse proxies in front (comma-separated addresses): behind them every customer would
   * share their address; they name the customer in X-Forwarded-For.
   */
  @Inject
  @ConfigProperty(name = "postbot.http.trusted-proxies")
  java.util.Optional<String> trustedProxies;

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

  /** The client's address: the connection's, or from X-Forwarded-For of a trusted proxy. */
  public String clientAddress(String remoteAddress, String forwardedFor) {
    return ClientAddress.of(remoteAddress, forwardedFor, proxies());
  }

  private java.util.Set<String> proxies() {
    return java.util.Arrays.stream(trustedProxies.orElse("").split(","))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
