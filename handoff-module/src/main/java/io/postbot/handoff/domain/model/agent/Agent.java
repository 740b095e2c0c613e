package io.postbot.handoff.domain.model.agent;

import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A console user: an agent, supervisor or administrator of customer service. Logs in with a
 * password kept only as a PBKDF2 hash; wrong passwords never lock the account (the console limits
 * attempts per address, see SignInGuard). Is online while the console shows signs of life.
 */
@Entity
@Table(name = "handoff_agent")
public class Agent {

  public static final Duration ONLINE_WINDOW = Duration.ofSeconds(90);

  /** locked_until of a deactivated user: never reached. */
  static final Instant DEACTIVATED = Instant.parse("9999-12-31T23:59:59Z");

  @Id
  @Column(length = 32)
  private String username;

  @Column(name = "display_name", nullable = false, length = 60)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(nullable = false, length = 64)
  private String roles;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(nullable = false)
  private boolean online;

  /** The console's language the user chose ("en" or "nb"); the browser's until they choose. */
  @Column(name = "console_language", length = 2)
  private String consoleLanguage;

  @Version private long version;

  protected Agent() {}

  private Agent(String username, String displayName, Set<Role> roles, String passwordHash) {
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,31}")) {
      throw new InvalidInputException(
          "invalid-user",
          "user.username",
          "a username has 2 to 32 lower-case letters, digits, '.', '_' or '-'");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 60) {
      throw new InvalidInputException(
          "invalid-user", "user.display-name", "a display name has 1 to 60 characters");
    }
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException(
          "invalid-user", "user.roles", "a user needs at least one role");
    }
    this.username = username;
    this.displayName = displayName.strip();
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.passwordHash = passwordHash;
  }

  /** A new console user; the password must have at least 10 characters. */
  public static Agent create(
      String username,
      String displayName,
      Set<Role> roles,
      char[] password,
      PasswordHasher hasher) {
    requireStrong(password);
    return new Agent(username, displayName, roles, hasher.hash(password));
  }

  /**
   * Checks a password. Failures never lock the account itself: an outsider who knows a username
   * could otherwise lock its agent out. The console limits attempts per address instead.
   */
  public LoginOutcome login(char[] password, PasswordHasher hasher, Instant now) {
    if (isLockedAt(now)) {
      return LoginOutcome.LOCKED;
    }
    return hasher.verify(password, passwordHash) ? LoginOutcome.SUCCEEDED : LoginOutcome.INVALID;
  }

  /** An administrator deactivated the user: no sign-in until reactivated. */
  public void deactivate() {
    lockedUntil = DEACTIVATED;
    online = false;
  }

  public void reactivate() {
    lockedUntil = null;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void changePassword(char[] password, PasswordHasher hasher) {
    requireStrong(password);
    passwordHash = hasher.hash(password);
  }

  /** The console showed a sign of life: the agent is online. */
  public void seen(Instant now) {
    online = true;
    lastSeenAt = now;
  }

  /** The agent logged out or the session ended. */
  public void signedOut() {
    online = false;
  }

  public boolean isOnlineAt(Instant now) {
    return online && lastSeenAt != null && lastSeenAt.isAfter(now.minus(ONLINE_WINDOW));
  }

  /** The granted roles with everything they include (an admin is also supervisor and agent). */
  public Set<Role> effectiveRoles() {
    Set<Role> all = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(r -> all.addAll(r.withIncluded()));
    return all;
  }

  public Set<Role> grantedRoles() {
    return Arrays.stream(roles.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** The user chose the console's language; it stays theirs on every device. */
  public void speaks(Language language) {
    consoleLanguage = language.code();
  }

  public Optional<Language> consoleLanguage() {
    return Optional.ofNullable(consoleLanguage).map(Language::fromCode);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  private static void requireStrong(char[] password) {
    if (password == null || password.length < 10) {
      throw new InvalidInputException(
          "invalid-user", "user.password", "a password has at least 10 characters");
    }
  }
}
