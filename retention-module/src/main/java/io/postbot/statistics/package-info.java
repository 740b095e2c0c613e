/** The statistics context: counts and review samples, free of personal data by construction. */
package io.postbot.statistics;
