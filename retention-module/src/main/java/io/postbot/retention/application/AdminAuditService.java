package io.postbot.retention.application;

import io.postbot.retention.api.AdminAction;
import io.postbot.retention.api.AdminAuditLog;
import io.postbot.retention.domain.model.audit.AuditEntries;
import io.postbot.retention.domain.model.audit.AuditEntry;
import io.postbot.shared.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records console users' actions in the audit log, each in a transaction of its own so an entry
 * stays even when the audited action fails afterwards. Subjects pass the redactor: whatever a
 * caller puts there, no e-mail address, phone or tracking number is kept.
 */
@ApplicationScoped
public class AdminAuditService implements AdminAuditLog {

  @Inject AuditEntries entries;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "postbot.audit.keep-days", defaultValue = "1095")
  int keepDays;

  private final Redactor redactor = new Redactor();

  protected AdminAuditService() {}

  public AdminAuditService(AuditEntries entries, Clock clock, int keepDays) {
    this.entries = entries;
    this.clock = clock;
    this.keepDays = keepDays;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(
      String actor, String action, String subject, String consoleUser, String address) {
    String safe = subject == null ? "" : redactor.redact(subject).value();
    entries.append(new AuditEntry(clock.instant(), actor, action, safe, consoleUser, address));
  }

  @Override
  @Transactional
  public List<AdminAction> latest(int limit) {
    return entries.latest(Math.max(1, Math.min(limit, 10_000))).stream()
        .map(e ->
            new AdminAction(
                e.at(), e.actor(), e.action(), e.subject(), e.consoleUser(), e.address()))
        .toList();
  }

  @Override
  @Transactional
  public int purgeExpired() {
    return entries.deleteBefore(clock.instant().minus(Duration.ofDays(keepDays)));
  }
}
