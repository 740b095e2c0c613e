package io.postbot.web.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A dedicated PostgreSQL connection, outside the pool, that LISTENs on the live channel. pgjdbc
 * reads notifications as they arrive when asked with a timeout; a quiet connection is checked every
 * {@link #CHECK_EVERY}, so a database that went away silently is noticed within seconds.
 */
final class PgListening implements Listening {

  /** The one notification channel of the application. */
  static final String CHANNEL = "postbot_live";

  static final Duration CHECK_EVERY = Duration.ofSeconds(10);

  private final Connection connection;
  private final PGConnection pg;
  private Instant checked = Instant.now();

  private PgListening(Connection connection) throws SQLException {
    this.connection = connection;
    this.pg = connection.unwrap(PGConnection.class);
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
      return new PgListening(connection);
    } catch (SQLException e) {
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
      connection.close();
    } catch (SQLException e) {
      // broken already
    }
  }
}
