package io.postbot.chat.infrastructure.understanding.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtException;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Our ONNX Runtime session (one thread a sentence, no spinning) changes how the model runs, never
 * what it answers: the vectors are those of the artifact's own model class, so vectors in an
 * embedding cache written by either stay valid.
 */
@DisplayName("The model in our own ONNX session embeds as the artifact's model does")
class OwnSessionEmbedsAsTheArtifactDoesTest {

  @Test
  @DisplayName("MiniLM gives the same vector, to float rounding, as LangChain4j's model class")
  void sameVectors() {
    var artifact = new AllMiniLmL6V2QuantizedEmbeddingModel();
    OnnxSentenceEncoder ours = OnnxSentenceEncoder.miniLm();
    for (String sentence :
        new String[] {"where is my parcel", "hvor er pakken min?", "thank you very much"}) {
      float[] expected = artifact.embed(TextSegment.from(sentence)).content().vector();
      float[] actual = ours.encode(sentence);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-4f));
      }
    }
  }

  @Test
  @DisplayName("one thread a sentence and no spinning unless told otherwise; 0 is ONNX's default")
  void threadSettings() throws OrtException {
    assertThat(OnnxSession.threads()).isEqualTo(1);
    assertThat(OnnxSession.options(1).getConfigEntries())
        .containsEntry("session.intra_op.allow_spinning", "0");
    assertThat(OnnxSession.options(0).getConfigEntries())
        .doesNotContainKey("session.intra_op.allow_spinning");
    System.setProperty(OnnxSession.THREADS_KEY, "two");
    try {
      assertThatThrownBy(OnnxSession::threads).isInstanceOf(IllegalArgumentException.class);
    } finally {
      System.clearProperty(OnnxSession.THREADS_KEY);
    }
  }
}
