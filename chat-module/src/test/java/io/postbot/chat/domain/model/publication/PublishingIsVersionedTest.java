package io.postbot.chat.domain.model.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.Contents;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Content is published in numbered versions from a draft, and rolled back forward")
class PublishingIsVersionedTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final IntentId GREETING = new IntentId("greeting");

  private final Publication first =
      Publication.first(Contents.small(), T0, "system", "The content shipped");

  @Test
  @DisplayName("a draft starts as the publication and differs once edited")
  void draftDiffers() {
    ContentDraft draft = ContentDraft.startingFrom(first);
    assertThat(draft.differsFrom(first)).isFalse();

    draft.edit(greeting("Hello there!"), T0.plusSeconds(5), "admin");

    assertThat(draft.differsFrom(first)).isTrue();
    assertThat(draft.updatedBy()).isEqualTo("admin");
    assertThat(draft.basedOn()).isEqualTo(1);
  }

  @Test
  @DisplayName("publishing numbers the next version and keeps the content it published")
  void publish() {
    ContentSet edited = greeting("Hello there!");

    Publication second = first.next(edited, T0.plusSeconds(10), "admin", "Friendlier greeting");

    assertThat(second.version()).isEqualTo(2);
    assertThat(second.content()).isEqualTo(edited);
    assertThat(second.note()).isEqualTo("Friendlier greeting");
    assertThat(second.restoredFrom()).isEmpty();
    assertThat(second.intentCount()).isEqualTo(4);
  }

  @Test
  @DisplayName("a rollback publishes the earlier content again as a new version")
  void rollBack() {
    Publication second = first.next(greeting("Hello there!"), T0, "admin", "Friendlier greeting");

    Publication third = second.restoring(first, T0.plusSeconds(20), "admin");

    assertThat(third.version()).isEqualTo(3);
    assertThat(third.content()).isEqualTo(first.content());
    assertThat(third.restoredFrom()).contains(1);
    assertThat(third.note()).isEqualTo("Rolled back to version 1");
    assertThatThrownBy(() -> first.restoring(second, T0, "admin"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a publication says who published it and why")
  void noteAndAuthor() {
    assertThatThrownBy(() -> first.next(Contents.small(), T0, "admin", " "))
        .hasMessageContaining("what the publication changes");
  }

  private static ContentSet greeting(String text) {
    ContentSet content = Contents.small();
    Intent greeting = content.intent(GREETING).orElseThrow();
    Intent edited =
        new Intent(
            GREETING,
            greeting.examples(),
            Map.of(
                Language.EN,
                new Answer(text, greeting.answerIn(Language.EN).orElseThrow().buttons()),
                Language.NB,
                greeting.answerIn(Language.NB).orElseThrow()));
    return content.with("conversation", edited, GREETING);
  }
}
