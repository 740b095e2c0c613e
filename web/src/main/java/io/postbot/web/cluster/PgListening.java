package io.postbot.web.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A dedicated PostgreSQL connection (outside the pool, or one borrowed from an application server's
 * pool for as long as it listens) that LISTENs on the live channel. pgjdbc reads notifications as
 * they arrive when asked with a timeout; a quiet connection is checked every {@link #CHECK_EVERY},
 * so a database that went away silently is noticed within seconds.
 */
final class PgListening implements Listening {

  /** The one notification channel of the application. */
  static final String CHANNEL = "postbot_live";

  static final Duration CHECK_EVERY = Duration.ofSeconds(10);

  private final Connection connection;
  private final PGConnection pg;
  private final boolean borrowed;
  private Instant checked = Instant.now();

  private PgListening(Connection connection, boolean borrowed) throws SQLException {
    this.connection = connection;
    this.pg = connection.unwrap(PGConnection.class);
    this.borrowed = borrowed;
  }

  /** Connects with the application's own database settings and starts listening. */
  static PgListening open(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("ApplicationName", "postbot-live");
    properties.setProperty("tcpKeepAlive", "true");
    if (!url.contains("connectTimeout=")) {
      properties.setProperty("connectTimeout", "3");
    }
    if (!url.contains("socketTimeout=")) {
      properties.setProperty("socketTimeout", "30");
    }
    Connection connection = new org.postgresql.Driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("not a PostgreSQL URL");
    }
    try (Statement listen = connection.createStatement()) {
      listen.execute("LISTEN " + CHANNEL);
      return new PgListening(connection, false);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Listens on a connection borrowed from a pooled data source (an application server's JDBC
   * resource): kept until the listener closes it, and handed back without its LISTEN, so that the
   * pool's next user is not subscribed.
   */
  static PgListening borrow(DataSource pool) throws SQLException {
    Connection connection = pool.getConnection();
    try (Statement listen = connection.createStatement()) {
      listen.execute("LISTEN " + CHANNEL);
      return new PgListening(connection, true);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public List<String> await(Duration timeout) throws SQLException {
    PGNotification[] notifications = pg.getNotifications((int) timeout.toMillis());
    List<String> payloads = new ArrayList<>();
    if (notifications != null) {
      for (PGNotification n : notifications) {
        payloads.add(n.getParameter());
      }
    }
    if (payloads.isEmpty() && Instant.now().isAfter(checked.plus(CHECK_EVERY))) {
      try (Statement check = connection.createStatement()) {
        check.execute("select 1");
      }
      checked = Instant.now();
    } else if (!payloads.isEmpty()) {
      checked = Instant.now();
    }
    return payloads;
  }

  @Override
  public void close() {
    try {
      if (borrowed) {
        try (Statement unlisten = connection.createStatement()) {
          unlisten.execute("UNLISTEN *");
        }
      }
    } catch (SQLException e) {
      // broken: the pool discards it
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // broken already
    }
  }
}
