package io.postbot.handoff.api;

import io.postbot.shared.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Console accounts: password checks with lockout (for the console's identity store), users managed
 * by administrators, and the first administrator created at first start.
 */
public interface AgentAccounts {

  /** The agent if the password is right and the account not locked; empty otherwise. */
  Optional<AuthenticatedAgent> authenticate(String username, char[] password);

  /** True while the account is locked after too many failed logins. */
  boolean isLocked(String username);

  /** Creates a console user (admins only, checked by the caller). */
  void create(String username, String displayName, Set<String> roles, char[] password);

  List<AgentPresence> users();

  /** Deactivates a console user (admins only): no sign-in until reactivated. */
  void deactivate(String username);

  void reactivate(String username);

  /** Sets a new password (admins only); the old one stops working. */
  void resetPassword(String username, char[] password);

  /**
   * At first start (no users yet): creates the configured admin, or demo users with generated
   * passwords. Returns the demo users' "name / password" lines to print once; empty otherwise.
   */
  List<String> bootstrap(String adminUsername, char[] adminPassword);

  /** The console's language the user chose, if they chose one. */
  Optional<Language> consoleLanguage(String username);

  /** Remembers the console's language the user chose (unknown users are ignored). */
  void chooseConsoleLanguage(String username, Language language);

  /** True when the console runs with generated demo users. */
  boolean demoMode();
}
