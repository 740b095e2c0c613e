package io.postbot.retention.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The purge audit and lease are persisted on PostgreSQL")
class PurgeAuditAndLeaseArePersistedOnPostgresIT extends PurgeAuditAndLeaseArePersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
