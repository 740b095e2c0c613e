package io.postbot.chat.domain.model.modelversion;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.ScoredIntent;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The evaluation set scores held-out and review sentences, in and out of scope")
class EvaluationSetScoresBothPartsTest {

  private static final IntentId TRACK = new IntentId("track_parcel");
  private static final IntentId CUSTOMS = new IntentId("customs_fee_why");

  private final KnowledgeBase content =
      new KnowledgeBase() {
        final Map<IntentId, Intent> intents =
            Map.of(TRACK, new Intent(TRACK, Map.of(), Map.of(Language.EN, Answer.of("Number?"))));

        @Override
        public Collection<Intent> intents() {
          return intents.values();
        }

        @Override
        public Optional<Intent> intent(IntentId id) {
          return Optional.ofNullable(intents.get(id));
        }
      };

  @Test
  @DisplayName("an answer is right when its intent, or its refusal, is the sentence's")
  void scores() {
    EvaluationSet set =
        EvaluationSet.of(
            List.of(
                sentence(TRACK, "where is my parcel"), sentence(IntentId.OUT_OF_SCOPE, "weather")),
            List.of(sentence(TRACK, "parcel status pls")),
            content);

    boolean[] right = set.score(List.of(said(TRACK), said(null), said(IntentId.OUT_OF_SCOPE)));
    Figures figures = set.figures(right);

    assertThat(right).containsExactly(true, true, false);
    assertThat(figures.total()).isEqualTo(3);
    assertThat(figures.heldOutAccuracy()).isEqualTo(1.0);
    assertThat(figures.reviewedAccuracy()).isEqualTo(0.0);
    assertThat(figures.outOfScopeRecall()).isEqualTo(1.0);
    assertThat(figures.inScopeAccuracy()).isEqualTo(0.5);
  }

  @Test
  @DisplayName("a sentence of an intent the content no longer has should be refused")
  void removedIntentMeansOutOfScope() {
    EvaluationSet set =
        EvaluationSet.of(List.of(sentence(CUSTOMS, "why pay customs")), List.of(), content);

    assertThat(set.sentences().get(0).intent()).isEqualTo(IntentId.OUT_OF_SCOPE);
    assertThat(set.score(List.of(said(null)))).containsExactly(true);
  }

  @Test
  @DisplayName("the comparison counts sentences only one of the two models got right")
  void compares() {
    Comparison c =
        EvaluationSet.compare(
            new boolean[] {true, true, false, false, true},
            new boolean[] {true, false, true, true, true});

    assertThat(c).isEqualTo(new Comparison(1, 2));
  }

  private static LabelledSentence sentence(IntentId intent, String text) {
    return new LabelledSentence(intent, Language.EN, text);
  }

  /** What a model said: this intent in scope, or (null) out of scope. */
  private static Understanding said(IntentId intent) {
    if (intent == null || intent.equals(IntentId.OUT_OF_SCOPE)) {
      return Understanding.outOfScope(List.of(new ScoredIntent(TRACK, 0.2)));
    }
    return new Understanding(List.of(new ScoredIntent(intent, 0.9)), true);
  }
}
