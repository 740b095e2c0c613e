package io.postbot.web.platform;

import io.postbot.shared.ApplicationStarted;
import io.postbot.shared.DatabaseAvailable;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * At start-up, hands the database to every context so each migrates its own tables, then lets the
 * contexts warm up (load content, train the classifier) before the first customer arrives. A
 * failure fails the deployment.
 *
 * <p>The database is the data source named by postbot.db.jndi-name (see PostbotDatabase): the
 * application's own, or the JDBC resource an application server's operator created.
 *
 * <p>It runs as a servlet-context listener, inside the web module's component context: on a full
 * application server, beans of the EAR's library jars created outside that context cannot be
 * injected (Payara Server 7.2025.1), so all start-up work is triggered from here.
 */
@WebListener
public class DatabaseBootstrap implements ServletContextListener {

  @Inject PostbotDatabase database;
  @Inject Event<DatabaseAvailable> databaseAvailable;
  @Inject Event<ApplicationStarted> applicationStarted;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    databaseAvailable.fire(new DatabaseAvailable(database.dataSource()));
    applicationStarted.fire(new ApplicationStarted());
  }
}
