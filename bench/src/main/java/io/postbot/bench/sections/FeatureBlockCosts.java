package io.postbot.bench.sections;

import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.chat.infrastructure.content.ContentKnowledgeBase;
import io.postbot.chat.infrastructure.understanding.ClassifierRecipe;
import io.postbot.chat.infrastructure.understanding.KnowledgeBaseExamples;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import io.postbot.chat.infrastructure.understanding.features.NgramVocabulary;
import io.postbot.chat.infrastructure.understanding.features.OnnxSentenceEncoder;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import io.postbot.shared.Language;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What each part of understanding one sentence costs, one thread, in milliseconds a sentence: each
 * embedding model alone, the word and character n-grams, and the whole classification; the rest
 * (softmax head, language guess, ranking) is the whole less the parts.
 */
final class FeatureBlockCosts {

  private final List<String> sentences;

  FeatureBlockCosts(List<String> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  JsonObject measure(IntentClassifier classifier, Duration each) {
    List<String> examples =
        KnowledgeBaseExamples.of(ContentKnowledgeBase.loadShipped().intents()).stream()
            .map(LabelledText::text)
            .toList();
    NgramVocabulary ngrams = NgramVocabulary.fit(examples, ClassifierRecipe.standard().ngrams());
    SentenceEncoder minilm = OnnxSentenceEncoder.miniLm();
    SentenceEncoder bge = OnnxSentenceEncoder.bgeSmall();
    double whole = msPerSentence(s -> classifier.classify(s, Language.EN), each);
    double minilmMs = msPerSentence(minilm::encode, each);
    double bgeMs = msPerSentence(bge::encode, each);
    double ngramMs = msPerSentence(ngrams::vector, each);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("minilm_ms", round(minilmMs))
            .add("bge_ms", round(bgeMs))
            .add("ngrams_ms", round(ngramMs))
            .add("rest_ms", round(Math.max(0, whole - minilmMs - bgeMs - ngramMs)))
            .add("whole_ms", round(whole));
    return json.build();
  }

  /** Runs the step over the sentences, one after another, for about {@code each}; ms a call. */
  private double msPerSentence(Consumer<String> step, Duration each) {
    for (int i = 0; i < Math.min(50, sentences.size()); i++) {
      step.accept(sentences.get(i));
    }
    long started = System.nanoTime();
    long deadline = started + each.toNanos();
    int done = 0;
    while (System.nanoTime() < deadline) {
      step.accept(sentences.get(done % sentences.size()));
      done++;
    }
    return (System.nanoTime() - started) / 1e6 / done;
  }

  private static double round(double ms) {
    return Math.round(ms * 1000) / 1000.0;
  }
}
