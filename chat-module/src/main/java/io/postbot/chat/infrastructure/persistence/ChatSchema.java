package io.postbot.chat.infrastructure.persistence;

import io.postbot.shared.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Brings the chat context's tables to the newest migration when the application starts. */
@ApplicationScoped
public class ChatSchema {

  private static final Logger LOG = Logger.getLogger(ChatSchema.class.getName());

  @Resource(lookup = "java:app/jdbc/postbot")
  DataSource dataSource;

  void migrate(@Observes @Initialized(ApplicationScoped.class) @Priority(10) Object started) {
    int applied = SchemaMigrations.migrate(dataSource, "chat", ChatSchema.class.getClassLoader());
    LOG.info(() -> "chat schema: " + applied + " migration(s) applied");
  }
}
