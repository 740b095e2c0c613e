package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Conversations are persisted on H2, the embedded default")
class ConversationsArePersistedOnH2Test extends ConversationsArePersisted {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
