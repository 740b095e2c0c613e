package io.postbot.statistics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.statistics.api.ConfidenceBand;
import io.postbot.statistics.api.ReviewSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A review draws its questions at random, uniformly or fair to every stratum")
class ReviewDrawsAreRandomAndFairTest {

  /** 90 confident track_parcel questions, 9 unsure ones, 1 about customs. */
  private final List<SampleDraw.Candidate<String>> candidates = candidates();

  @Test
  @DisplayName("uniform: every question equally likely, so the common intent fills the review")
  void uniform() {
    Map<String, Integer> seen = new HashMap<>();
    for (int seed = 0; seed < 200; seed++) {
      for (String s :
          new SampleDraw(new Random(seed)).draw(candidates, ReviewSelection.UNIFORM, 10)) {
        seen.merge(s.substring(0, s.indexOf('#')), 1, Integer::sum);
      }
    }

    assertThat(seen.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2000);
    assertThat(seen.get("track/HIGH")).isBetween(1700, 1900); // 90 %
    assertThat(seen.getOrDefault("customs/LOW", 0)).isBetween(5, 40); // 1 %
  }

  @Test
  @DisplayName("stratified: each intent and confidence band gets its turn, rare ones included")
  void stratified() {
    List<String> drawn =
        new SampleDraw(new Random(1)).draw(candidates, ReviewSelection.STRATIFIED, 6);

    assertThat(drawn).hasSize(6).doesNotHaveDuplicates();
    assertThat(drawn.stream().filter(s -> s.startsWith("customs/LOW"))).hasSize(1);
    // three strata take turns: one each, then the two left, then one more of them
    long medium = drawn.stream().filter(s -> s.startsWith("track/MEDIUM")).count();
    long high = drawn.stream().filter(s -> s.startsWith("track/HIGH")).count();
    assertThat(medium + high).isEqualTo(5);
    assertThat(Math.min(medium, high)).isEqualTo(2);
  }

  @Test
  @DisplayName("never more than asked for, nor more than there are; no question twice")
  void bounds() {
    SampleDraw draw = new SampleDraw(new Random(3));

    assertThat(draw.draw(candidates, ReviewSelection.UNIFORM, 500))
        .hasSize(100)
        .doesNotHaveDuplicates();
    assertThat(draw.draw(candidates, ReviewSelection.STRATIFIED, 500))
        .hasSize(100)
        .doesNotHaveDuplicates();
    assertThat(draw.draw(List.<SampleDraw.Candidate<String>>of(), ReviewSelection.UNIFORM, 5))
        .isEmpty();
  }

  private static List<SampleDraw.Candidate<String>> candidates() {
    List<SampleDraw.Candidate<String>> list = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      list.add(new SampleDraw.Candidate<>("track/HIGH#" + i, "track", ConfidenceBand.HIGH));
    }
    for (int i = 0; i < 9; i++) {
      list.add(new SampleDraw.Candidate<>("track/MEDIUM#" + i, "track", ConfidenceBand.MEDIUM));
    }
    list.add(new SampleDraw.Candidate<>("customs/LOW#0", "customs", ConfidenceBand.LOW));
    return list;
  }
}
