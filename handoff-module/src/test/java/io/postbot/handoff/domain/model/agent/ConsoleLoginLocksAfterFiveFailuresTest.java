package io.postbot.handoff.domain.model.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Console login checks the password; failures never lock the account itself")
class ConsoleLoginLocksAfterFiveFailuresTest {

  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

  /** Reverses the password: one-way enough for a test, and cheap. */
  static final PasswordHasher HASHER =
      new PasswordHasher() {
        @Override
        public String hash(char[] password) {
          return "x" + new StringBuilder(new String(password)).reverse();
        }

        @Override
        public boolean verify(char[] password, String hash) {
          return hash(password).equals(hash);
        }
      };

  @Test
  @DisplayName("the right password lets in, a wrong one does not")
  void login() {
    Agent kari = agent();
    assertThat(kari.login("wrong-password".toCharArray(), HASHER, T0))
        .isEqualTo(LoginOutcome.INVALID);
    assertThat(kari.login("correct-horse".toCharArray(), HASHER, T0))
        .isEqualTo(LoginOutcome.SUCCEEDED);
  }

  @Test
  @DisplayName(
      "after many failures (an outsider guessing) the right password still lets the agent in")
  void noLockout() {
    Agent kari = agent();
    for (int i = 0; i < 50; i++) {
      kari.login("wrong-password".toCharArray(), HASHER, T0.plusSeconds(i));
    }
    assertThat(kari.login("correct-horse".toCharArray(), HASHER, T0.plusSeconds(60)))
        .isEqualTo(LoginOutcome.SUCCEEDED);
  }

  @Test
  @DisplayName("an admin may do everything a supervisor and an agent may")
  void roles() {
    Agent admin =
        Agent.create("root", "Admin", Set.of(Role.ADMIN), "long-enough-pw".toCharArray(), HASHER);
    assertThat(admin.effectiveRoles())
        .containsExactlyInAnyOrder(Role.ADMIN, Role.SUPERVISOR, Role.AGENT);
    assertThat(Role.SUPERVISOR.withIncluded())
        .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.AGENT);
  }

  @Test
  @DisplayName("an agent is online while the console shows signs of life, and not after logout")
  void presence() {
    Agent kari = agent();
    assertThat(kari.isOnlineAt(T0)).isFalse();
    kari.seen(T0);
    assertThat(kari.isOnlineAt(T0.plusSeconds(30))).isTrue();
    assertThat(kari.isOnlineAt(T0.plusSeconds(300))).isFalse();
    kari.seen(T0);
    kari.signedOut();
    assertThat(kari.isOnlineAt(T0)).isFalse();
  }

  static Agent agent() {
    return Agent.create("kari", "Kari", Set.of(Role.AGENT), "correct-horse".toCharArray(), HASHER);
  }
}
