package io.postbot.chat.domain.model.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.ContentChange;
import io.postbot.chat.api.ContentChange.FieldChange;
import io.postbot.chat.api.ContentChange.Kind;
import io.postbot.shared.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The diff between two versions names each changed intent and field")
class ContentDiffNamesEachChangedFieldTest {

  private final ContentSet before = Contents.small();

  @Test
  @DisplayName("the same content has no changes")
  void none() {
    assertThat(ContentDiff.between(before, Contents.small())).isEmpty();
    assertThat(ContentDiff.examplesDiffer(before, Contents.small())).isFalse();
  }

  @Test
  @DisplayName("an answer changed in English shows the old and the new text, examples untouched")
  void answerChanged() {
    Intent greeting = before.intent(new IntentId("greeting")).orElseThrow();
    Intent edited =
        new Intent(
            greeting.id(),
            greeting.examples(),
            Map.of(
                Language.EN,
                new Answer(
                    "Hello! Ask me anything.", greeting.answerIn(Language.EN).get().buttons()),
                Language.NB,
                greeting.answerIn(Language.NB).get()));
    ContentSet after = before.with("conversation", edited, greeting.id());

    List<ContentChange> changes = ContentDiff.between(before, after);

    assertThat(changes)
        .singleElement()
        .satisfies(c -> {
          assertThat(c.intent()).isEqualTo("greeting");
          assertThat(c.kind()).isEqualTo(Kind.CHANGED);
          assertThat(c.fields())
              .containsExactly(
                  new FieldChange(
                      "answer (en)",
                      List.of("Hi! How can I help?"),
                      List.of("Hello! Ask me anything.")));
        });
    assertThat(ContentDiff.examplesDiffer(before, after)).isFalse();
  }

  @Test
  @DisplayName("added examples, a new intent and a removed one are each listed")
  void examplesAndIntents() {
    Intent thanks = Contents.intent("thanks", "thank you", "You're welcome.", List.of());
    Intent late = Contents.intent("parcel_late", "it is late", "Sorry.", List.of());
    ContentSet base = before.with("conversation", thanks, null);
    ContentSet after = before.with("tracking", late, null);

    assertThat(ContentDiff.between(base, after))
        .extracting(c -> c.intent() + " " + c.kind())
        .containsExactly("parcel_late ADDED", "thanks REMOVED");
    assertThat(ContentDiff.examplesDiffer(base, after)).isTrue();
  }
}
