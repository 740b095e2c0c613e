package io.postbot.handoff.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Handoff and feedback data are persisted on H2, the embedded default")
class HandoffIsPersistedOnH2Test extends HandoffIsPersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
