package io.postbot.chat.api;

import java.util.List;

/**
 * Groups sentences that mean the same, by the bot's own sentence embeddings: for statistics of the
 * questions the bot could not answer, so that "can I send a drone?" and "do you ship drones?" count
 * as one topic. Sentences are redacted before they come here; nothing is kept.
 */
public interface SentenceMeanings {

  /**
   * The sentences' indexes in groups of like meaning, each group in input order, groups in the
   * order of their first sentence.
   */
  List<List<Integer>> groupByMeaning(List<String> sentences);
}
