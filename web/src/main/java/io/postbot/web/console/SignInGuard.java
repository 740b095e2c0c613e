package io.postbot.web.console;

import io.postbot.web.ratelimit.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Guards the console's sign-in, which costs a deliberately slow PBKDF2 check: attempts are limited
 * per client address and in total, and five failures for a username lock that username only for the
 * address they came from, for 15 minutes. An outsider can thus lock only themselves out, never an
 * agent signing in from elsewhere. Failures are counted for unknown usernames as for real ones, so
 * nothing tells which exist. In memory, per server, bounded.
 */
public final class SignInGuard {

  static final int FAILURES_BEFORE_LOCK = 5;
  static final Duration LOCK = Duration.ofMinutes(15);
  static final int MAX_TRACKED = 10_000;

  /** What an attempt may do. */
  public enum Verdict {
    ALLOWED,
    /** This username from this address failed too often: refused like a wrong password. */
    LOCKED,
    /** This address, or everybody together, tries too often: wait a minute. */
    TOO_MANY
  }

  private record Failures(int count, Instant last) {}

  private final RateLimiter perAddress;
  private final RateLimiter total;
  private final Clock clock;
  private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true);

  public SignInGuard(int perMinutePerAddress, int perMinuteInTotal, Clock clock) {
    this.perAddress = new RateLimiter(perMinutePerAddress, Duration.ofMinutes(1), clock);
    this.total = new RateLimiter(perMinuteInTotal, Duration.ofMinutes(1), clock);
    this.clock = clock;
  }

  /** Counts an attempt of this username from this address, before its password is checked. */
  public synchronized Verdict mayTry(String username, String address) {
    Failures past = failures.get(key(username, address));
    Instant now = clock.instant();
    if (past != null && past.count() >= FAILURES_BEFORE_LOCK) {
      if (now.isBefore(past.last().plus(LOCK))) {
        return Verdict.LOCKED;
      }
      failures.remove(key(username, address));
    }
    if (!perAddress.acquire(address).isZero() || !total.acquire("all").isZero()) {
      return Verdict.TOO_MANY;
    }
    return Verdict.ALLOWED;
  }

  public synchronized void failed(String username, String address) {
    Instant now = clock.instant();
    failures.merge(
        key(username, address),
        new Failures(1, now),
        (old, one) -> new Failures(old.count() + 1, now));
    if (failures.size() > MAX_TRACKED) {
      // least recently failed first: their lock, if any, is the closest to its end
      var oldest = failures.keySet().iterator();
      while (failures.size() > MAX_TRACKED && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
    }
  }

  public synchronized void succeeded(String username, String address) {
    failures.remove(key(username, address));
  }

  synchronized int tracked() {
    return failures.size();
  }

  private static String key(String username, String address) {
    return username + "\u0000" + address;
  }
}
