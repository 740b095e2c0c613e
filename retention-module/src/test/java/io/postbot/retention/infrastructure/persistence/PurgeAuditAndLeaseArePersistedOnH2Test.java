package io.postbot.retention.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The purge audit and lease are persisted on H2")
class PurgeAuditAndLeaseArePersistedOnH2Test extends PurgeAuditAndLeaseArePersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
