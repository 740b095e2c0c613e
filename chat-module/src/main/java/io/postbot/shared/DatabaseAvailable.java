package io.postbot.shared;

import javax.sql.DataSource;

/**
 * Fired once at start-up by the deployment that defines the database. Each context observes it to
 * migrate its own tables. It travels as an event because beans in library jars can neither have the
 * deployment's datasource injected nor see the web module's beans in an EAR.
 */
public record DatabaseAvailable(DataSource dataSource) {}
