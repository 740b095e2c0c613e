package io.postbot.handoff.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Handoff and feedback data are persisted on PostgreSQL, as in production")
class HandoffIsPersistedOnPostgresIT extends HandoffIsPersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
