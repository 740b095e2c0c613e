package io.postbot.statistics.api;

import java.util.List;

/**
 * The statistics dashboard's figures for a range and language, all from counts and measurements
 * that name nobody.
 *
 * @param handedToPeople conversations whose customer joined the queue or left a message for a
 *     person
 */
public record Dashboard(
    StatisticsQuery query,
    List<DayFigures> days,
    long conversations,
    long handedToPeople,
    long questions,
    long unanswered,
    List<IntentCount> topIntents,
    List<QuestionGroup> topUnanswered,
    Satisfaction satisfaction,
    Percentiles queueWait,
    Percentiles handling) {

  /** Share of conversations the bot handled without a person (0 to 1), 0 without any. */
  public double containment() {
    return conversations == 0
        ? 0
        : Math.max(0, conversations - handedToPeople) / (double) conversations;
  }

  /** Share of conversations handed to a person (0 to 1), 0 without any. */
  public double handoffRate() {
    return conversations == 0 ? 0 : Math.min(1, handedToPeople / (double) conversations);
  }

  /** Share of questions the bot could not answer (0 to 1), 0 without any. */
  public double outOfScopeRate() {
    return questions == 0 ? 0 : unanswered / (double) questions;
  }
}
