package io.postbot.chat.domain.model.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An understanding with two close candidates asks which one the customer meant")
class UnderstandingOffersCloseCandidatesTest {

  private static ScoredIntent scored(String id, double confidence) {
    return new ScoredIntent(new IntentId(id), confidence);
  }

  @Test
  @DisplayName("two candidates less than the margin apart make it ambiguous")
  void closeCandidates() {
    var understanding =
        new Understanding(
            List.of(scored("missing_parcel", 0.46), scored("parcel_delayed", 0.38)),
            true,
            Language.EN);

    assertThat(understanding.isAmbiguous()).isTrue();
    assertThat(understanding.margin()).isCloseTo(0.08, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(understanding.closeCandidates())
        .containsExactly(new IntentId("missing_parcel"), new IntentId("parcel_delayed"));
  }

  @Test
  @DisplayName("a clear winner is not ambiguous and is the only candidate")
  void clearWinner() {
    var understanding =
        new Understanding(List.of(scored("track_parcel", 0.9), scored("thanks", 0.05)), true);

    assertThat(understanding.isAmbiguous()).isFalse();
    assertThat(understanding.closeCandidates()).hasSize(1);
    assertThat(understanding.intent()).contains(new IntentId("track_parcel"));
  }

  @Test
  @DisplayName("an out-of-scope sentence offers no candidates")
  void outOfScope() {
    var understanding =
        Understanding.outOfScope(List.of(scored("track_parcel", 0.2), scored("thanks", 0.19)));

    assertThat(understanding.isAmbiguous()).isFalse();
    assertThat(understanding.closeCandidates()).isEmpty();
    assertThat(understanding.languageOr(Language.NB)).isEqualTo(Language.NB);
  }
}
