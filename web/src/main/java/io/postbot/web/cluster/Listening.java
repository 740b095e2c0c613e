package io.postbot.web.cluster;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** One open listening connection to the database, as the listen loop uses it. */
interface Listening extends AutoCloseable {

  /**
   * Waits at most this long for notifications and returns their payloads (none when nothing came).
   * Throws when the connection is broken: the loop then connects again and re-reads.
   */
  List<String> await(Duration timeout) throws SQLException;

  @Override
  void close();

  /** Opens a listening connection; throws while the database cannot be reached. */
  @FunctionalInterface
  interface Connector {
    Listening connect() throws SQLException;
  }
}
