package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.api.SentenceMeanings;
import io.postbot.chat.infrastructure.understanding.features.OnnxSentenceEncoder;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Groups sentences with the bot's MiniLM sentence embeddings (the model the classifier uses), at a
 * cosine similarity of {@value #SIMILARITY}: paraphrases of one question meet that, different
 * questions about the same subject mostly do not. The vectors are not cached: the sentences are
 * customers' (redacted) questions, and nothing of them is kept.
 */
@ApplicationScoped
public class EmbeddingSentenceMeanings implements SentenceMeanings {

  static final double SIMILARITY = 0.7;

  private final SentenceEncoder encoder;

  public EmbeddingSentenceMeanings() {
    this(OnnxSentenceEncoder.miniLm());
  }

  EmbeddingSentenceMeanings(SentenceEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  public List<List<Integer>> groupByMeaning(List<String> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    return MeaningClusters.group(encoder.encode(sentences, done -> {}), SIMILARITY);
  }
}
