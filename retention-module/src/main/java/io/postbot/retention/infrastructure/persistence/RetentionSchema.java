package io.postbot.retention.infrastructure.persistence;

import io.postbot.shared.DatabaseAvailable;
import io.postbot.shared.SchemaMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/** Brings the retention and statistics tables to their newest migrations at start-up. */
@ApplicationScoped
public class RetentionSchema {

  private static final Logger LOG = Logger.getLogger(RetentionSchema.class.getName());

  void migrate(@Observes @Priority(300) DatabaseAvailable database) {
    ClassLoader loader = RetentionSchema.class.getClassLoader();
    int retention = SchemaMigrations.migrate(database.dataSource(), "retention", loader);
    int statistics = SchemaMigrations.migrate(database.dataSource(), "statistics", loader);
    LOG.info(() -> "retention schema: " + retention + ", statistics: " + statistics + " applied");
  }
}
