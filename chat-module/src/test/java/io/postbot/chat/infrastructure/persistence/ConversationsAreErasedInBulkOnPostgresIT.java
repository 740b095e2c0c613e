package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Conversations are erased in bulk on PostgreSQL")
class ConversationsAreErasedInBulkOnPostgresIT extends ConversationsAreErasedInBulk {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
