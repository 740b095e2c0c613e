package io.postbot.web.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Sends a payload to every server listening, with pg_notify on a pooled connection. Called after
 * the change committed, so a server re-reads only what is there; PostgreSQL delivers each
 * notification to every listener, the sender's own included (which skips it by its origin).
 */
final class PgNotifier {

  private final DataSource dataSource;

  PgNotifier(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void send(String payload) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
      notify.setString(1, PgListening.CHANNEL);
      notify.setString(2, payload);
      notify.execute();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }
}
