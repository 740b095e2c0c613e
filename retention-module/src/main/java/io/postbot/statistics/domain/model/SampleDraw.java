package io.postbot.statistics.domain.model;

import io.postbot.statistics.api.ConfidenceBand;
import io.postbot.statistics.api.ReviewSelection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws review samples at random. Uniform: every candidate equally likely. Stratified: the
 * candidates are grouped by the intent the bot understood and its confidence band, and the draw
 * takes one from each group in turn (groups in random order, members at random), so a rare intent
 * or an unsure answer gets the same share of the review as the bot's everyday, confident answers.
 */
public final class SampleDraw {

  private final Random random;

  public SampleDraw(Random random) {
    this.random = random;
  }

  /** What the draw needs to know of a candidate. */
  public record Candidate<T>(T sample, String intent, ConfidenceBand band) {}

  public <T> List<T> draw(List<Candidate<T>> candidates, ReviewSelection selection, int size) {
    return switch (selection) {
      case UNIFORM -> uniform(candidates, size);
      case STRATIFIED -> stratified(candidates, size);
    };
  }

  private <T> List<T> uniform(List<Candidate<T>> candidates, int size) {
    List<Candidate<T>> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, random);
    return shuffled.stream().limit(size).map(Candidate::sample).toList();
  }

  private <T> List<T> stratified(List<Candidate<T>> candidates, int size) {
    Map<String, List<Candidate<T>>> strata = new LinkedHashMap<>();
    for (Candidate<T> c : candidates) {
      strata.computeIfAbsent(c.intent() + "/" + c.band(), k -> new ArrayList<>()).add(c);
    }
    List<Deque<Candidate<T>>> queues = new ArrayList<>();
    for (List<Candidate<T>> stratum : strata.values()) {
      Collections.shuffle(stratum, random);
      queues.add(new ArrayDeque<>(stratum));
    }
    Collections.shuffle(queues, random);
    List<T> drawn = new ArrayList<>();
    while (drawn.size() < size && !queues.isEmpty()) {
      for (var it = queues.iterator(); it.hasNext() && drawn.size() < size; ) {
        Deque<Candidate<T>> queue = it.next();
        drawn.add(queue.poll().sample());
        if (queue.isEmpty()) {
          it.remove();
        }
      }
    }
    return drawn;
  }
}
