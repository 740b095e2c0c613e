package io.postbot.ear;

import java.nio.file.Path;
import java.util.List;

/**
 * The asadmin commands docs/operations.md gives an operator, for the test's database: a connection
 * pool on PostgreSQL, the JDBC resource jdbc/postbot on it, the application's configuration as
 * system properties (MicroProfile Config reads them), pool monitoring, and the deployment.
 */
record OperatorCommands(List<String> lines) {

  static final String POOL = "postbot-pool";
  static final String RESOURCE = "jdbc/postbot";
  static final String ADMIN = "ear-admin";
  static final String ADMIN_PASSWORD = "ear-admin-secret-1";

  static OperatorCommands forDatabase(String database, Path work, Path ear) {
    String pool =
        String.join(
            " ",
            "create-jdbc-connection-pool",
            "--datasourceclassname org.postgresql.ds.PGSimpleDataSource",
            "--restype javax.sql.DataSource",
            "--steadypoolsize 2 --maxpoolsize 32 --maxwait 3000",
            "--isconnectvalidatereq=true --validationmethod meta-data --failconnection=true",
            "--statementtimeout 10",
            "--property",
            String.join(
                ":",
                "serverName=" + OwnDatabase.HOST,
                "portNumber=" + OwnDatabase.PORT,
                "databaseName=" + database,
                "user=" + OwnDatabase.USER,
                "password=postgres",
                "loginTimeout=3",
                "connectTimeout=3",
                "socketTimeout=30"),
            POOL);
    String configuration =
        String.join(
            ":",
            "postbot.db.jndi-name=" + RESOURCE,
            "postbot.admin.username=" + ADMIN,
            "postbot.admin.password=" + ADMIN_PASSWORD,
            // plain HTTP on loopback: a Secure cookie would never come back
            "postbot.console.secure-cookie=false",
            "postbot.nlu.embedding-cache=" + work.resolve("nlu-embeddings.bin"));
    return new OperatorCommands(
        List.of(
            pool,
            "ping-connection-pool " + POOL,
            "create-jdbc-resource --connectionpoolid " + POOL + " " + RESOURCE,
            "create-system-properties " + configuration,
            "set configs.config.server-config.monitoring-service.module-monitoring-levels"
                + ".jdbc-connection-pool=HIGH",
            "deploy --name postbot " + ear));
  }
}
