package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Content, model versions and reviewed questions are persisted on PostgreSQL")
class ContentAndModelsArePersistedOnPostgresIT extends ContentAndModelsArePersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
