package io.postbot.web.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the suite's own, made with pg_createcluster on a free loopback port, so
 * it can be stopped and started without touching the shared cluster on 5432; dropped on close.
 */
final class OwnPostgres implements AutoCloseable {

  private final String version;
  private final String name;
  private final int port;

  private OwnPostgres(String version, String name, int port) {
    this.version = version;
    this.name = name;
    this.port = port;
  }

  /**
   * Creates and starts a cluster with trust authentication on loopback, and a database "faults".
   */
  static OwnPostgres create() throws IOException {
    String version = installedVersion();
    int port = FreePort.find();
    String name = "postbot_faults_" + port;
    OwnPostgres cluster = new OwnPostgres(version, name, port);
    run(
        "pg_createcluster",
        version,
        name,
        "-p",
        String.valueOf(port),
        "--start-conf=manual",
        // listen_addresses stays PostgreSQL's default, localhost: loopback only
        "-o",
        "max_connections=100",
        "--",
        "--auth=trust");
    try {
      cluster.start();
      run(
          "psql",
          "-h",
          "127.0.0.1",
          "-p",
          String.valueOf(port),
          "-U",
          "postgres",
          "-c",
          "create database faults");
      return cluster;
    } catch (IOException e) {
      cluster.close(); // never leave a half-made cluster behind
      throw e;
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/faults?connectTimeout=3&socketTimeout=30";
  }

  void start() throws IOException {
    run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "start");
  }

  /** A fast shutdown: open connections are closed, as when the database server goes away. */
  void stop() throws IOException {
    run("pg_ctlcluster", "--skip-systemctl-redirect", version, name, "stop", "-m", "fast");
  }

  @Override
  public void close() throws IOException {
    run("pg_dropcluster", "--stop", version, name);
  }

  private static String installedVersion() {
    String[] versions = new File("/etc/postgresql").list();
    if (versions == null || versions.length == 0) {
      throw new IllegalStateException("no PostgreSQL installed (/etc/postgresql is empty)");
    }
    java.util.Arrays.sort(versions);
    return versions[versions.length - 1];
  }

  static void run(String... command) throws IOException {
    List<String> line = new ArrayList<>(List.of(command));
    Path log = Files.createTempFile("postbot-faults-pg", ".log");
    try {
      Process process =
          new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", line));
      }
      if (process.exitValue() != 0) {
        throw new IOException(
            String.join(" ", line)
                + " failed ("
                + process.exitValue()
                + "): "
                + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", line), e);
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
