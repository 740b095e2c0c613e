package io.postbot.shared;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies one bounded context's versioned migrations. Each context keeps its own scripts under
 * {@code db/migration/<context>} and its own history table, so contexts evolve their tables
 * independently.
 */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  /** Migrates the context's tables to the newest version; returns the number of scripts applied. */
  public static int migrate(DataSource dataSource, String context, ClassLoader loader) {
    if (!context.matches("[a-z]+")) {
      throw new IllegalArgumentException("context names are lower-case words");
    }
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + context)
        .table("schema_history_" + context)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
