package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The classifier learns intents from the knowledge base's examples")
class ClassifierLearnsIntentsFromExamplesTest {

  private final EmbeddingIntentClassifier classifier =
      new EmbeddingIntentClassifier(
          TinyContent.knowledgeBase(TinyContent.postal()), TinyContent.NGRAMS_ONLY, 0.3);

  @Test
  @DisplayName("a sentence it never saw goes to the intent whose examples it resembles")
  void unseenSentence() {
    Understanding understanding = classifier.classify("where is my package", Language.EN);

    assertThat(understanding.intent()).contains(new IntentId("track_parcel"));
    assertThat(understanding.inScope()).isTrue();
  }

  @Test
  @DisplayName("a Norwegian sentence in an English conversation is understood and recognised")
  void norwegianInEnglishConversation() {
    Understanding understanding = classifier.classify("når åpner postkontoret?", Language.EN);

    assertThat(understanding.intent()).contains(new IntentId("opening_hours"));
    assertThat(understanding.language()).isEqualTo(Language.NB);
  }

  @Test
  @DisplayName("the ranking lists every intent, best first, with confidences that sum to one")
  void rankingIsAProbabilityDistribution() {
    Understanding understanding = classifier.classify("tusen takk", Language.NB);

    assertThat(understanding.ranking()).hasSize(3);
    assertThat(understanding.ranking().get(0).intent()).isEqualTo(new IntentId("thanks"));
    assertThat(understanding.ranking().stream().mapToDouble(s -> s.confidence()).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  @DisplayName("after retraining on new content the new intent is recognised")
  void retrainingLearnsNewContent() {
    List<io.postbot.chat.domain.model.knowledge.Intent> content =
        new ArrayList<>(TinyContent.postal());
    content.add(
        TinyContent.intent(
            "customs_pay",
            List.of(
                "how do I pay customs",
                "pay import duty",
                "pay the vat on my parcel",
                "where to pay customs fees"),
            List.of(
                "hvordan betaler jeg toll",
                "betale tollavgift",
                "betale mva på pakken",
                "hvor betaler jeg tollgebyr")));

    classifier.retrain(content);

    assertThat(classifier.classify("how can I pay the customs fee", Language.EN).intent())
        .contains(new IntentId("customs_pay"));
  }
}
