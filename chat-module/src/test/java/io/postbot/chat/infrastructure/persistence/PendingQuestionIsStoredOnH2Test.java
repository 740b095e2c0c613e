package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The question the bot waits on is stored on H2, the embedded default")
class PendingQuestionIsStoredOnH2Test extends PendingQuestionIsStored {

  @Override
  TestDatabase database() {
    return TestDatabase.h2();
  }
}
