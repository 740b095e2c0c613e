package io.postbot.handoff.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Queue entries are taken exactly once on PostgreSQL, as in production")
class QueueEntriesAreTakenExactlyOnceOnPostgresIT extends QueueEntriesAreTakenExactlyOnce {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
