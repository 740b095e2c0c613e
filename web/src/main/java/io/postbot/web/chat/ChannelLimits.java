package io.postbot.web.chat;

import io.postbot.web.ratelimit.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many customer sockets one client may hold and open: a customer has a tab or two open, a
 * script hundreds (the cap per conversation is CustomerChannels'). Open sockets are counted per
 * client address (the key of the rate limits, so a customer behind the trusted proxy has their
 * own); connects are limited per address and minute; what may wait for one socket, and how long a
 * frame may take to reach it, is the socket's outbox's (ChannelOutbox).
 */
@ApplicationScoped
public class ChannelLimits {

  @Inject
  @ConfigProperty(name = "postbot.ws.max-per-address", defaultValue = "30")
  int maxPerAddress = 30;

  @Inject
  @ConfigProperty(name = "postbot.ws.connects-per-minute-per-address", defaultValue = "60")
  int connectsPerMinutePerAddress = 60;

  /** How long one frame may take to reach a customer before the socket is given up. */
  @Inject
  @ConfigProperty(name = "postbot.ws.send-timeout", defaultValue = "PT10S")
  Duration sendTimeout = Duration.ofSeconds(10);

  /** Frames that may wait behind the one in flight to a customer; one more closes the socket. */
  @Inject
  @ConfigProperty(name = "postbot.ws.outbox-max-frames", defaultValue = "500")
  int outboxMaxFrames = 500;

  /** Characters that may wait for one customer's socket; more close it (messages: 2000 each). */
  @Inject
  @ConfigProperty(name = "postbot.ws.outbox-max-characters", defaultValue = "1000000")
  long outboxMaxCharacters = 1_000_000;

  @Inject Clock clock;

  private final Map<String, Integer> openByAddress = new ConcurrentHashMap<>();
  private RateLimiter connects;

  @PostConstruct
  void create() {
    connects =
        new RateLimiter(
            connectsPerMinutePerAddress,
            Duration.ofMinutes(1),
            clock == null ? Clock.systemUTC() : clock);
  }

  /** What may wait for one customer socket, and for how long (ChannelOutbox). */
  ChannelOutbox.Limits outbox() {
    return new ChannelOutbox.Limits(outboxMaxFrames, outboxMaxCharacters, sendTimeout);
  }

  Clock clock() {
    return clock == null ? Clock.systemUTC() : clock;
  }

  /** A new connection from this address: zero to go ahead, else how long to wait. */
  public Duration connect(String address) {
    return connects.acquire(address);
  }

  /** Counts an open socket of the address; false (and not counted) when it has its maximum. */
  public boolean open(String address) {
    boolean[] admitted = {false};
    openByAddress.compute(
        address,
        (a, n) -> {
          int current = n == null ? 0 : n;
          admitted[0] = current < maxPerAddress;
          return admitted[0] ? current + 1 : n;
        });
    return admitted[0];
  }

  /** The socket of the address closed. */
  public void closed(String address) {
    openByAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }

  /** Open sockets of an address (for tests and metrics). */
  int openFrom(String address) {
    return openByAddress.getOrDefault(address, 0);
  }
}
