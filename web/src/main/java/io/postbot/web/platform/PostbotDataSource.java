package io.postbot.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of the application. Its settings come from MicroProfile Config, so the
 * environment picks the embedded H2 or PostgreSQL without a rebuild (POSTBOT_DB_URL, ...). The
 * defaults sit in the expressions themselves: Payara resolves them before the application's own
 * configuration files are visible.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/postbot",
    className = "${MPCONFIG=postbot.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=postbot.db.url:jdbc:h2:file:./data/postbot}",
    user = "${MPCONFIG=postbot.db.user:postbot}",
    password = "${MPCONFIG=postbot.db.password:postbot}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class PostbotDataSource {}
