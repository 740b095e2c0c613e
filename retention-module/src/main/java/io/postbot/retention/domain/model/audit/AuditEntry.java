package io.postbot.retention.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An entry of the audit log; immutable once written (no setters, no domain verbs). */
@Entity
@Table(name = "retention_audit_entry")
public class AuditEntry {

  static final int SUBJECT_LENGTH = 500;

  @Id private UUID id;

  @Column(name = "acted_at", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "console_user", length = 64)
  private String consoleUser;

  @Column(length = 64)
  private String address;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at, String actor, String action, String subject, String consoleUser, String address) {
    if (action == null || !action.matches("[a-z][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException("an audited action is a short dotted name");
    }
    this.id = UUID.randomUUID();
    this.at = Objects.requireNonNull(at);
    this.actor = actor == null || actor.isBlank() ? "unknown" : cut(actor, 64);
    this.action = action;
    this.subject = subject == null ? "" : cut(subject, SUBJECT_LENGTH);
    this.consoleUser = consoleUser == null ? null : cut(consoleUser, 64);
    this.address = address == null ? null : cut(address, 64);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String consoleUser() {
    return consoleUser;
  }

  public String address() {
    return address;
  }
}
