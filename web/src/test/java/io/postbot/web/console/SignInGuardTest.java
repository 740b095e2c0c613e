package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.console.SignInGuard.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sign-in attempts are limited per address and in total (each costs a PBKDF2 check), and five
 * failures lock a username only for the address they came from: an outsider cannot lock agents out.
 */
@DisplayName("Sign-in attempts are limited, and failures lock only the address that failed")
class SignInGuardTest {

  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

  Instant now = T0;
  final Clock clock =
      new Clock() {
        public Instant instant() {
          return now;
        }

        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  final SignInGuard guard = new SignInGuard(10, 100, clock);

  @Test
  @DisplayName("five failures from an outsider's address lock it out, not the agent elsewhere")
  void noOutsiderLockout() {
    for (int i = 0; i < SignInGuard.FAILURES_BEFORE_LOCK; i++) {
      assertThat(guard.mayTry("kari", "203.0.113.66")).isEqualTo(Verdict.ALLOWED);
      guard.failed("kari", "203.0.113.66");
    }
    assertThat(guard.mayTry("kari", "203.0.113.66")).isEqualTo(Verdict.LOCKED);
    assertThat(guard.mayTry("kari", "198.51.100.7")).isEqualTo(Verdict.ALLOWED);
    assertThat(guard.mayTry("ola", "203.0.113.66")).isEqualTo(Verdict.ALLOWED);

    now = T0.plus(SignInGuard.LOCK).plusSeconds(1);
    assertThat(guard.mayTry("kari", "203.0.113.66")).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  @DisplayName("a success forgets the failures before it")
  void successForgets() {
    for (int i = 0; i < SignInGuard.FAILURES_BEFORE_LOCK - 1; i++) {
      guard.failed("kari", "198.51.100.7");
    }
    guard.succeeded("kari", "198.51.100.7");
    guard.failed("kari", "198.51.100.7");
    assertThat(guard.mayTry("kari", "198.51.100.7")).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  @DisplayName("an address may try ten times a minute, whatever the usernames")
  void perAddress() {
    for (int i = 0; i < 10; i++) {
      assertThat(guard.mayTry("user" + i, "203.0.113.66")).isEqualTo(Verdict.ALLOWED);
    }
    assertThat(guard.mayTry("user11", "203.0.113.66")).isEqualTo(Verdict.TOO_MANY);
    assertThat(guard.mayTry("kari", "198.51.100.7")).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  @DisplayName("all addresses together are limited too, so password checks cannot eat the CPU")
  void total() {
    for (int i = 0; i < 100; i++) {
      assertThat(guard.mayTry("kari", "10.0.0." + i)).isEqualTo(Verdict.ALLOWED);
    }
    assertThat(guard.mayTry("kari", "10.0.1.1")).isEqualTo(Verdict.TOO_MANY);
  }

  @Test
  @DisplayName("failures of many addresses are forgotten once their lock is over, bounding memory")
  void bounded() {
    for (int i = 0; i < SignInGuard.MAX_TRACKED + 10; i++) {
      guard.failed("kari", "10." + (i / 65536) + "." + (i / 256 % 256) + "." + (i % 256));
    }
    assertThat(guard.tracked()).isLessThanOrEqualTo(SignInGuard.MAX_TRACKED);
  }
}
