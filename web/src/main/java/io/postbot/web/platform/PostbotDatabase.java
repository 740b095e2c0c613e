package io.postbot.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data source the application works on, by the JNDI name postbot.db.jndi-name: by default the
 * application's own (PostbotDataSource, what Payara Micro runs on); on an application server the
 * operator names the JDBC resource they created (jdbc/postbot). The persistence units read the same
 * key in their jta-data-source, so migrations, health and entities all use one database.
 *
 * <p>The name is looked up once, at start-up from DatabaseBootstrap, inside the web module's
 * component context: java:app names resolve only there.
 */
@ApplicationScoped
public class PostbotDatabase {

  /** The application-defined data source, and the default of postbot.db.jndi-name. */
  public static final String APPLICATION_DEFINED = "java:app/jdbc/postbot";

  @Inject
  @ConfigProperty(name = "postbot.db.jndi-name", defaultValue = APPLICATION_DEFINED)
  String jndiName;

  private volatile DataSource dataSource;

  public DataSource dataSource() {
    DataSource found = dataSource;
    if (found == null) {
      try {
        found = InitialContext.doLookup(jndiName);
      } catch (NamingException e) {
        throw new IllegalStateException("no data source named " + jndiName, e);
      }
      dataSource = found;
    }
    return found;
  }

  public String jndiName() {
    return jndiName;
  }
}
