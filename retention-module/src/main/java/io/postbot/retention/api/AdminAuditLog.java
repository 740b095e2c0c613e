package io.postbot.retention.api;

import java.util.List;

/**
 * The audit log of console users' actions: append-only (nothing updates or deletes an entry but the
 * retention after postbot.audit.keep-days), viewable and exportable by administrators, and free of
 * customers' personal data (subjects are redacted when recorded).
 */
public interface AdminAuditLog {

  /**
   * Appends an action at the server's time. The subject is redacted; {@code consoleUser} (the
   * console user acted on, or null) is kept as it is: a colleague's username, not a customer's.
   */
  void record(String actor, String action, String subject, String consoleUser, String address);

  /** Newest first. */
  List<AdminAction> latest(int limit);

  /** Deletes the entries older than the configured period; returns how many. */
  int purgeExpired();
}
