package io.postbot.retention.domain.model.audit;

import java.time.Instant;
import java.util.List;

/** The stored audit log: append, read newest first, and the retention's delete of old entries. */
public interface AuditEntries {

  void append(AuditEntry entry);

  List<AuditEntry> latest(int limit);

  int deleteBefore(Instant cutoff);
}
