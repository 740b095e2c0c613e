package io.postbot.chat.infrastructure.persistence;

import io.postbot.testing.TestDatabase;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Racing writers append once on PostgreSQL, as in production")
class RacingWritersAppendOnceOnPostgresIT extends RacingWritersAppendOnce {

  @Override
  TestDatabase database() {
    return TestDatabase.postgres();
  }
}
