/** The statistics dashboard in the console (supervisors and administrators), with its export. */
package io.postbot.web.statistics;
