package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Racing writers append once on H2, the embedded default")
class RacingWritersAppendOnceOnH2Test extends RacingWritersAppendOnce {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
