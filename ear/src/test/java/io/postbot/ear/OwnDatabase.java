package io.postbot.ear;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of the EAR test's own in the machine's PostgreSQL (127.0.0.1:5432, trust
 * authentication), created empty so Flyway's migrations visibly run against it, dropped at the end.
 */
final class OwnDatabase implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;
  static final String USER = "postgres";

  private final String name = "postbot_ear_" + UUID.randomUUID().toString().replace("-", "");

  OwnDatabase() throws SQLException {
    DriverManager.setLoginTimeout(5);
    execute("test", "create database " + name);
  }

  String name() {
    return name;
  }

  /** The history tables Flyway wrote, one per bounded context. */
  List<String> migrationHistories() throws SQLException {
    try (Connection c = connect(name);
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "select table_name from information_schema.tables"
                        + " where table_name like 'schema_history_%' order by table_name")) {
      List<String> tables = new ArrayList<>();
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
      return tables;
    }
  }

  @Override
  public void close() throws SQLException {
    execute("test", "drop database if exists " + name + " with (force)");
  }

  private static void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database)) {
      c.createStatement().execute(sql);
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, "");
  }
}
