package io.postbot.handoff.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Administrators deactivate console users and reset their passwords")
class AdminsManageConsoleUsersTest {

  MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
  InMemoryHandoff.Agents agents = new InMemoryHandoff.Agents();
  AgentAccountService accounts = new AgentAccountService(agents, HandoffFixture.PLAIN, clock);

  @BeforeEach
  void givenAnAgent() {
    accounts.create("kari", "Kari", Set.of("AGENT"), "kari-password-1".toCharArray());
  }

  @Test
  @DisplayName("a deactivated user cannot sign in, even with the right password, until reactivated")
  void deactivate() {
    accounts.deactivate("kari");
    assertThat(accounts.authenticate("kari", "kari-password-1".toCharArray())).isEmpty();
    assertThat(accounts.isLocked("kari")).isTrue();
    assertThat(accounts.users()).singleElement().satisfies(u -> assertThat(u.locked()).isTrue());

    accounts.reactivate("kari");
    assertThat(accounts.authenticate("kari", "kari-password-1".toCharArray())).isPresent();
  }

  @Test
  @DisplayName("after a reset only the new password lets the user in; it must be strong enough")
  void resetPassword() {
    accounts.resetPassword("kari", "a-brand-new-one".toCharArray());
    assertThat(accounts.authenticate("kari", "kari-password-1".toCharArray())).isEmpty();
    assertThat(accounts.authenticate("kari", "a-brand-new-one".toCharArray())).isPresent();
    assertThatThrownBy(() -> accounts.resetPassword("kari", "short".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accounts.deactivate("nobody"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "demo users and their printed passwords exist only when no administrator is configured")
  void demoOnlyWithoutAdmin() {
    AgentAccountService configured =
        new AgentAccountService(new InMemoryHandoff.Agents(), HandoffFixture.PLAIN, clock);
    assertThat(configured.bootstrap("root", "root-password-1".toCharArray())).isEmpty();
    assertThat(configured.demoMode()).isFalse();
    assertThat(configured.users()).extracting(u -> u.username()).containsExactly("root");

    AgentAccountService demo =
        new AgentAccountService(new InMemoryHandoff.Agents(), HandoffFixture.PLAIN, clock);
    assertThat(demo.bootstrap(null, null)).hasSize(4);
    assertThat(demo.demoMode()).isTrue();
    assertThat(demo.bootstrap(null, null)).as("printed once, at the first start").isEmpty();
  }
}
