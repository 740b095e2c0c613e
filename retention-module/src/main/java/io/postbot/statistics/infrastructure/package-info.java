/** JPA adapter of the statistics context and its migrations. */
package io.postbot.statistics.infrastructure;
