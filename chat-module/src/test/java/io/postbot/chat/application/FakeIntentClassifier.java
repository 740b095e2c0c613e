package io.postbot.chat.application;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.chat.domain.model.understanding.ScoredIntent;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier that understands exactly the sentences it was told about, and nothing else: every
 * other sentence is out of scope.
 */
final class FakeIntentClassifier implements IntentClassifier {

  private final Map<String, Understanding> understood = new HashMap<>();

  /** The sentence means this intent, with confidence 0.9. */
  FakeIntentClassifier understands(String sentence, String intent) {
    understood.put(
        sentence,
        new Understanding(
            List.of(
                new ScoredIntent(new IntentId(intent), 0.9),
                new ScoredIntent(IntentId.OUT_OF_SCOPE, 0.1)),
            true));
    return this;
  }

  /** The sentence fits both intents almost equally well. */
  FakeIntentClassifier isTornBetween(String sentence, String first, String second) {
    understood.put(
        sentence,
        new Understanding(
            List.of(
                new ScoredIntent(new IntentId(first), 0.62),
                new ScoredIntent(new IntentId(second), 0.58),
                new ScoredIntent(IntentId.OUT_OF_SCOPE, 0.1)),
            true));
    return this;
  }

  @Override
  public Understanding classify(String text, Language language) {
    return understood.getOrDefault(
        text, Understanding.outOfScope(List.of(new ScoredIntent(IntentId.OUT_OF_SCOPE, 0.2))));
  }
}
