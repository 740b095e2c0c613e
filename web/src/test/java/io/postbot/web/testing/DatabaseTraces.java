package io.postbot.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches every character column of every table of the deployed application's database for a piece
 * of text, to prove that erasure left no trace anywhere: messages, contact details, tokens,
 * samples, audit. Opens the H2 file database the server runs on (AUTO_SERVER, loopback only).
 */
public final class DatabaseTraces {

  private final String url;

  public DatabaseTraces(String url) {
    this.url = url;
  }

  /** The IT database named by the system property postbot.it.dbUrl. */
  public static DatabaseTraces ofTheDeployedApp() {
    String url = System.getProperty("postbot.it.dbUrl");
    if (url == null) {
      throw new IllegalStateException(
          "run with -Dpostbot.it.dbUrl (failsafe execution retention-it)");
    }
    return new DatabaseTraces(url);
  }

  /** Every "table.column" holding the text (case-insensitive); empty when there is none. */
  public List<String> find(String text) {
    List<String> hits = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "postbot", "postbot")) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select table_name, column_name from information_schema.columns"
                      + " where table_schema = 'PUBLIC' and (data_type like '%CHAR%'"
                      + " or data_type like '%CLOB%' or data_type like 'JSON')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalStateException("no character columns found: wrong database?");
      }
      for (String[] column : columns) {
        String sql =
            "select count(*) from \""
                + column[0]
                + "\" where upper(cast(\""
                + column[1]
                + "\" as varchar)) like ?";
        try (PreparedStatement query = c.prepareStatement(sql)) {
          query.setString(1, "%" + text.toUpperCase(java.util.Locale.ROOT) + "%");
          try (ResultSet rs = query.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              hits.add(column[0] + "." + column[1]);
            }
          }
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new IllegalStateException("searching the database: " + e.getMessage(), e);
    }
  }

  /** Runs one query returning a single number, e.g. to read the purge audit. */
  public long count(String sql) {
    try (Connection c = DriverManager.getConnection(url, "postbot", "postbot");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("querying the database: " + e.getMessage(), e);
    }
  }

  /** Runs one query returning one text column, e.g. every review sample's redacted question. */
  public List<String> strings(String sql) {
    try (Connection c = DriverManager.getConnection(url, "postbot", "postbot");
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("querying the database: " + e.getMessage(), e);
    }
  }
}
