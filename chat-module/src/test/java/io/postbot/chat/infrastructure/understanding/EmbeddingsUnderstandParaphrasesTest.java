package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.infrastructure.understanding.features.OnnxSentenceEncoder;
import io.postbot.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one test that loads the real MiniLM model (about a second). */
@DisplayName("With sentence embeddings the classifier understands paraphrases")
class EmbeddingsUnderstandParaphrasesTest {

  @Test
  @DisplayName("sentences that mean the same are closer than unrelated ones, and are classified")
  void paraphrases() {
    OnnxSentenceEncoder miniLm = OnnxSentenceEncoder.miniLm();
    float[] parcel = miniLm.encode("where is my parcel");
    float[] paraphrase = miniLm.encode("can you tell me the whereabouts of my package");
    float[] unrelated = miniLm.encode("thank you very much");
    assertThat(cosine(parcel, paraphrase)).isGreaterThan(cosine(parcel, unrelated));

    var classifier =
        new EmbeddingIntentClassifier(
            TinyContent.knowledgeBase(TinyContent.postal()),
            ClassifierRecipe.standard(),
            ClassifierRecipe.DEFAULT_THRESHOLD);

    assertThat(
            classifier
                .classify("can you tell me the whereabouts of my package", Language.EN)
                .intent())
        .contains(new IntentId("track_parcel"));
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }
}
