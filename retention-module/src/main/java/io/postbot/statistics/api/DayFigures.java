package io.postbot.statistics.api;

import java.time.LocalDate;

/** One day of the dashboard's range: conversations, handoffs, questions and unanswered ones. */
public record DayFigures(
    LocalDate day, long conversations, long handedToPeople, long questions, long unanswered) {}
