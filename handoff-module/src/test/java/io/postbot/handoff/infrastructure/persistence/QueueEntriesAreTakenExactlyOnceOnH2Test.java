package io.postbot.handoff.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Queue entries are taken exactly once on H2, the embedded default")
class QueueEntriesAreTakenExactlyOnceOnH2Test extends QueueEntriesAreTakenExactlyOnce {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
