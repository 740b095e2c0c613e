package io.postbot.web.platform;

import io.postbot.shared.DatabaseAvailable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * At start-up, hands the database to every context so each migrates its own tables before the first
 * customer arrives. A failed migration fails the deployment.
 */
@ApplicationScoped
public class DatabaseBootstrap {

  @Resource(lookup = "java:app/jdbc/postbot")
  DataSource dataSource;

  @Inject Event<DatabaseAvailable> databaseAvailable;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    databaseAvailable.fire(new DatabaseAvailable(dataSource));
  }
}
