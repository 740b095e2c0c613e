package io.postbot.statistics.api;

/** The statistics for supervisors and administrators. */
public interface StatisticsDashboard {

  Dashboard figures(StatisticsQuery query);
}
