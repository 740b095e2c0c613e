package io.postbot.chat.infrastructure.persistence;

import io.postbot.shared.DatabaseAvailable;
import io.postbot.shared.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/** Brings the chat context's tables to the newest migration when the application starts. */
@ApplicationScoped
public class ChatSchema {

  private static final Logger LOG = Logger.getLogger(ChatSchema.class.getName());

  void migrate(@Observes @Priority(100) DatabaseAvailable database) {
    int applied =
        SchemaMigrations.migrate(database.dataSource(), "chat", ChatSchema.class.getClassLoader());
    LOG.info(() -> "chat schema: " + applied + " migration(s) applied");
  }
}
