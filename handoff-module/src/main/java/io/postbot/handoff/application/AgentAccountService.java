package io.postbot.handoff.application;

import io.postbot.handoff.api.AgentAccounts;
import io.postbot.handoff.api.AgentPresence;
import io.postbot.handoff.api.AuthenticatedAgent;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.AgentRepository;
import io.postbot.handoff.domain.model.agent.LoginOutcome;
import io.postbot.handoff.domain.model.agent.PasswordHasher;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Console accounts: login with lockout, user management, the first users at first start. */
@ApplicationScoped
@Transactional(dontRollbackOn = IllegalArgumentException.class)
public class AgentAccountService implements AgentAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AgentRepository agents;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  protected AgentAccountService() {}

  public AgentAccountService(AgentRepository agents, PasswordHasher hasher, Clock clock) {
    this.agents = agents;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Override
  public Optional<AuthenticatedAgent> authenticate(String username, char[] password) {
    Optional<Agent> agent = agents.find(username);
    if (agent.isEmpty()) {
      // Spend the same time as a real check, so response times do not reveal which users exist.
      hasher.verify(password, DUMMY_HASH.get());
      return Optional.empty();
    }
    Instant now = clock.instant();
    LoginOutcome outcome = agent.get().login(password, hasher, now);
    if (outcome != LoginOutcome.SUCCEEDED) {
      return Optional.empty();
    }
    agent.get().seen(now);
    return Optional.of(
        new AuthenticatedAgent(
            agent.get().username(),
            agent.get().displayName(),
            agent.get().effectiveRoles().stream().map(Role::name).collect(Collectors.toSet())));
  }

  @Override
  public boolean isLocked(String username) {
    return agents.find(username).map(a -> a.isLockedAt(clock.instant())).orElse(false);
  }

  @Override
  public void create(String username, String displayName, Set<String> roles, char[] password) {
    if (agents.find(username).isPresent()) {
      throw new InvalidInputException(
          "invalid-user", "user.username-taken", "this username is taken");
    }
    Set<Role> granted = roles.stream().map(Role::valueOf).collect(Collectors.toSet());
    agents.add(Agent.create(username, displayName, granted, password, hasher));
  }

  @Override
  public void deactivate(String username) {
    existing(username).deactivate();
  }

  @Override
  public void reactivate(String username) {
    existing(username).reactivate();
  }

  @Override
  public void resetPassword(String username, char[] password) {
    existing(username).changePassword(password, hasher);
  }

  private Agent existing(String username) {
    return agents.find(username).orElseThrow(() -> new IllegalArgumentException("no such user"));
  }

  @Override
  public List<AgentPresence> users() {
    Instant now = clock.instant();
    return agents.all().stream().map(a -> presence(a, now, 0)).toList();
  }

  @Override
  public List<String> bootstrap(String adminUsername, char[] adminPassword) {
    if (agents.count() > 0) {
      return List.of();
    }
    if (adminUsername != null
        && !adminUsername.isBlank()
        && adminPassword != null
        && adminPassword.length > 0) {
      agents.add(
          Agent.create(adminUsername, "Administrator", Set.of(Role.ADMIN), adminPassword, hasher));
      return List.of();
    }
    List<String> printed = new ArrayList<>();
    demo("admin", "Demo Admin", Role.ADMIN, printed);
    demo("supervisor", "Demo Supervisor", Role.SUPERVISOR, printed);
    demo("agent", "Kari (demo agent)", Role.AGENT, printed);
    demo("agent2", "Ola (demo agent)", Role.AGENT, printed);
    return printed;
  }

  @Override
  public Optional<Language> consoleLanguage(String username) {
    return username == null
        ? Optional.empty()
        : agents.find(username).flatMap(Agent::consoleLanguage);
  }

  @Override
  public void chooseConsoleLanguage(String username, Language language) {
    if (username != null && language != null) {
      agents.find(username).ifPresent(a -> a.speaks(language));
    }
  }

  @Override
  public boolean demoMode() {
    return agents.find("admin").map(a -> a.displayName().startsWith("Demo ")).orElse(false);
  }

  static AgentPresence presence(Agent a, Instant now, int openChats) {
    return new AgentPresence(
        a.username(),
        a.displayName(),
        a.grantedRoles().stream().map(Role::name).collect(Collectors.toSet()),
        a.isOnlineAt(now),
        openChats,
        a.isLockedAt(now));
  }

  private void demo(String username, String name, Role role, List<String> printed) {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    agents.add(Agent.create(username, name, Set.of(role), password.toCharArray(), hasher));
    printed.add(role + " " + username + " / " + password);
  }

  private final java.util.function.Supplier<String> DUMMY_HASH =
      new java.util.function.Supplier<>() {
        private String hash;

        @Override
        public synchronized String get() {
          if (hash == null) {
            hash = hasher.hash("not-a-real-password".toCharArray());
          }
          return hash;
        }
      };
}
