package io.postbot.chat.domain.model.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.IntentId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An understanding is ambiguous when its two best intents are too close to call")
class UnderstandingAmbiguityTest {

  private static final IntentId TRACK = new IntentId("track_parcel");
  private static final IntentId ADDRESS = new IntentId("change_address");
  private static final IntentId SEND = new IntentId("send_parcel");

  @Test
  @DisplayName("best two less than 0.1 apart: ambiguous, both offered")
  void closeIntentsAreAmbiguous() {
    Understanding understanding = ranked(true, 0.71, 0.65, 0.2);

    assertThat(understanding.isAmbiguous()).isTrue();
    assertThat(understanding.closeCandidates()).containsExactly(TRACK, ADDRESS);
  }

  @Test
  @DisplayName("best two 0.1 or more apart: not ambiguous, only the best one")
  void distantIntentsAreNot() {
    Understanding understanding = ranked(true, 0.8, 0.7, 0.1);

    assertThat(understanding.isAmbiguous()).isFalse();
    assertThat(understanding.closeCandidates()).containsExactly(TRACK);
  }

  @Test
  @DisplayName("out of scope is never ambiguous, however close the scores")
  void outOfScopeIsNotAmbiguous() {
    Understanding understanding = ranked(false, 0.3, 0.29, 0.28);

    assertThat(understanding.isAmbiguous()).isFalse();
    assertThat(understanding.closeCandidates()).isEmpty();
  }

  @Test
  @DisplayName("a single candidate is never ambiguous")
  void singleCandidate() {
    Understanding understanding = new Understanding(List.of(new ScoredIntent(TRACK, 0.9)), true);

    assertThat(understanding.isAmbiguous()).isFalse();
  }

  private static Understanding ranked(boolean inScope, double track, double address, double send) {
    return new Understanding(
        List.of(
            new ScoredIntent(TRACK, track),
            new ScoredIntent(ADDRESS, address),
            new ScoredIntent(SEND, send)),
        inScope);
  }
}
