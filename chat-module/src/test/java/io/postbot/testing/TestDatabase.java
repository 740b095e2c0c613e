package io.postbot.testing;

import io.postbot.shared.SchemaMigrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for repository tests: an in-memory H2, or a new schema in the
 * PostgreSQL at 127.0.0.1:5432 (database "test", or POSTBOT_TEST_PG_URL), dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final String url;
  private final Runnable cleanup;

  private TestDatabase(DataSource dataSource, String url, Runnable cleanup) {
    this.dataSource = dataSource;
    this.url = url;
    this.cleanup = cleanup;
  }

  public static TestDatabase h2() {
    String url =
        "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    return new TestDatabase(ds, url, () -> execute(ds, "shutdown"));
  }

  public static TestDatabase postgres() {
    String base =
        System.getenv()
            .getOrDefault("POSTBOT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getenv().getOrDefault("POSTBOT_TEST_PG_USER", "postgres");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setUrl(base);
    admin.setUser(user);
    execute(admin, "create schema " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    return new TestDatabase(ds, url, () -> execute(admin, "drop schema " + schema + " cascade"));
  }

  /** Applies the migrations of the given contexts, in order. */
  public TestDatabase migrate(String... contexts) {
    for (String context : contexts) {
      SchemaMigrations.migrate(dataSource, context, TestDatabase.class.getClassLoader());
    }
    return this;
  }

  /** A Hibernate session factory (a JPA EntityManagerFactory) over the given entity classes. */
  public SessionFactory entityManagerFactory(List<Class<?>> entities) {
    Configuration configuration = new Configuration();
    entities.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put("hibernate.connection.datasource", dataSource);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    return configuration.buildSessionFactory();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    cleanup.run();
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test database: " + e.getMessage(), e);
    }
  }

  static {
    DriverManager.setLoginTimeout(5);
  }
}
