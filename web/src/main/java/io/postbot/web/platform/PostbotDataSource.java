package io.postbot.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own data source, the one Payara Micro runs on (an application server's operator
 * may name a JDBC resource of the server instead: PostbotDatabase). Its settings come from
 * MicroProfile Config, so the environment picks the embedded H2 or PostgreSQL without a rebuild
 * (POSTBOT_DB_URL, ...). The defaults sit in the expressions themselves: Payara resolves them
 * before the application's own configuration files are visible.
 *
 * <p>Every wait is bounded, so a database that is down makes requests fail within seconds (503, see
 * DatabaseTrouble) instead of hanging: a request waits at most postbot.db.pool-wait-millis for a
 * pooled connection, opening one gives up after postbot.db.connect-timeout-seconds, and a statement
 * is cancelled after postbot.db.statement-timeout-seconds. A connection that fails validation
 * discards the whole pool, so the application serves again as soon as the database is back.
 */
@DataSourceDefinition(
    name = PostbotDatabase.APPLICATION_DEFINED,
    className = "${MPCONFIG=postbot.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=postbot.db.url:jdbc:h2:file:./data/postbot;LOCK_TIMEOUT=5000}",
    user = "${MPCONFIG=postbot.db.user:postbot}",
    password = "${MPCONFIG=postbot.db.password:postbot}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=postbot.db.pool-wait-millis:3000}",
      "fish.payara.statement-timeout-in-seconds=${MPCONFIG=postbot.db.statement-timeout-seconds:10}",
      "loginTimeout=${MPCONFIG=postbot.db.connect-timeout-seconds:3}"
    })
@ApplicationScoped
public class PostbotDataSource {}
