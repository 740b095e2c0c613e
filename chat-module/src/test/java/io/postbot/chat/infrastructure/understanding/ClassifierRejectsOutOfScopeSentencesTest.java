package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sentences outside the bot's job are out of scope instead of forced into an intent")
class ClassifierRejectsOutOfScopeSentencesTest {

  @Test
  @DisplayName("examples of out_of_scope in the content teach the classifier what to reject")
  void learnsFromOutOfScopeExamples() {
    List<Intent> content = new ArrayList<>(TinyContent.postal());
    content.add(
        TinyContent.intent(
            "out_of_scope",
            List.of(
                "what's the weather like",
                "tell me a joke",
                "who won the football match",
                "what is the weather tomorrow",
                "recommend a good film",
                "how old are you"),
            List.of(
                "hvordan blir været",
                "fortell en vits",
                "hvem vant fotballkampen",
                "hva blir været i morgen",
                "anbefal en god film",
                "hvor gammel er du")));
    var classifier =
        new EmbeddingIntentClassifier(
            TinyContent.knowledgeBase(content), TinyContent.NGRAMS_ONLY, 0.3);

    Understanding understanding = classifier.classify("what's the weather", Language.EN);

    assertThat(understanding.inScope()).isFalse();
    assertThat(understanding.intent()).isEmpty();
    assertThat(understanding.ranking()).noneMatch(s -> s.intent().value().equals("out_of_scope"));
  }

  @Test
  @DisplayName("a sentence unlike any example falls below the threshold")
  void unlikeAnything() {
    var classifier =
        new EmbeddingIntentClassifier(
            TinyContent.knowledgeBase(TinyContent.postal()), TinyContent.NGRAMS_ONLY, 0.9);

    Understanding understanding = classifier.classify("xyzzy qwerty", Language.EN);

    assertThat(understanding.inScope()).isFalse();
    assertThat(understanding.confidence()).isLessThan(0.9);
  }
}
