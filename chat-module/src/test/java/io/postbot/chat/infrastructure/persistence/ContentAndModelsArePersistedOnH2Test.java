package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Content, model versions and reviewed questions are persisted on H2")
class ContentAndModelsArePersistedOnH2Test extends ContentAndModelsArePersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
