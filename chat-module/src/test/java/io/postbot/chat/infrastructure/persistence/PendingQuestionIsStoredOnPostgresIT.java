package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The question the bot waits on is stored on PostgreSQL, as in production")
class PendingQuestionIsStoredOnPostgresIT extends PendingQuestionIsStored {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
