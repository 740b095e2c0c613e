package io.postbot.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On an application server the listener has no URL of its own, only the operator's JDBC resource:
 * it keeps one pooled connection while it listens and hands it back unsubscribed. Runs against the
 * PostgreSQL at 127.0.0.1:5432 (database test), through a pool of one connection.
 */
@DisplayName("On a JDBC resource the listener borrows a pooled connection and returns it clean")
class AServerOnAJdbcResourceListensOnABorrowedConnectionTest {

  private final PGSimpleDataSource database = new PGSimpleDataSource();
  private final List<Connection> physical = new ArrayList<>();

  AServerOnAJdbcResourceListensOnABorrowedConnectionTest() {
    database.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
    database.setUser("postgres");
  }

  @Test
  @DisplayName("a notification sent by another server arrives on the borrowed connection")
  void hearsTheOthers() throws Exception {
    // given a listener on a connection of the pool
    DataSource pool = poolOfOne();
    try (PgListening listening = PgListening.borrow(pool)) {
      // when another server notifies
      new PgNotifier(database).send("a signal from elsewhere");

      // then it arrives
      assertThat(listening.await(Duration.ofSeconds(5))).containsExactly("a signal from elsewhere");
    }
  }

  @Test
  @DisplayName("closed, the connection goes back to the pool without its LISTEN")
  void returnsTheConnectionUnsubscribed() throws Exception {
    // given a listener on the pool's one connection
    DataSource pool = poolOfOne();
    PgListening listening = PgListening.borrow(pool);
    assertThat(channels(physical.getFirst())).containsExactly(PgListening.CHANNEL);

    // when it stops listening
    listening.close();

    // then the pool's next user is subscribed to nothing, and the connection is still open
    assertThat(physical.getFirst().isClosed()).isFalse();
    assertThat(channels(physical.getFirst())).isEmpty();
  }

  /** A pool that hands out one physical connection; closing the handle keeps it open. */
  private DataSource poolOfOne() throws SQLException {
    Connection connection = database.getConnection();
    physical.add(connection);
    Connection handle =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(connection, args));
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return handle;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static List<String> channels(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select pg_listening_channels()")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  @AfterEach
  void closePhysical() throws SQLException {
    for (Connection connection : physical) {
      connection.close();
    }
  }
}
