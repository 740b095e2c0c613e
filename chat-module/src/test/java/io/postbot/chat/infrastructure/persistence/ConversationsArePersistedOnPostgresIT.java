package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Conversations are persisted on PostgreSQL, as in production")
class ConversationsArePersistedOnPostgresIT extends ConversationsArePersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
