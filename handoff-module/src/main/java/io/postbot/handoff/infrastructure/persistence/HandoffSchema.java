package io.postbot.handoff.infrastructure.persistence;

import io.postbot.shared.DatabaseAvailable;
import io.postbot.shared.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/** Brings the handoff and feedback contexts' tables to their newest migrations at start-up. */
@ApplicationScoped
public class HandoffSchema {

  private static final Logger LOG = Logger.getLogger(HandoffSchema.class.getName());

  void migrate(@Observes @Priority(110) DatabaseAvailable database) {
    ClassLoader loader = HandoffSchema.class.getClassLoader();
    int handoff = SchemaMigrations.migrate(database.dataSource(), "handoff", loader);
    int feedback = SchemaMigrations.migrate(database.dataSource(), "feedback", loader);
    LOG.info(
        () -> "handoff schema: " + handoff + ", feedback schema: " + feedback + " migration(s)");
  }
}
