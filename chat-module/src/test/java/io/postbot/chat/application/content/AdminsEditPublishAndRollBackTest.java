package io.postbot.chat.application.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.ContentChange;
import io.postbot.chat.api.ContentPublished;
import io.postbot.chat.api.Editor;
import io.postbot.chat.api.IntentForm;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.api.PublicationView;
import io.postbot.chat.domain.model.knowledge.Contents;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Admins edit the draft, publish it in versions, see the changes and roll back")
class AdminsEditPublishAndRollBackTest {

  private static final Editor ADMIN = new Editor("admin");

  private final InMemoryPublications store = new InMemoryPublications();
  private final RecordedEvents events = new RecordedEvents();
  private final ContentAdministrationService content = new ContentAdministrationService();

  @BeforeEach
  void wire() {
    Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
    store.add(Publication.first(Contents.small(), t0, "system", "Shipped"));
    content.publications = store;
    content.drafts = store;
    content.events = events;
    content.clock = Clock.fixed(t0.plusSeconds(60), ZoneOffset.UTC);
  }

  @Test
  @DisplayName("a saved answer is in the draft only, listed as a change, until it is published")
  void draftThenPublish() {
    content.saveIntent("greeting", greeting("Hello! Ask me about parcels."), ADMIN);

    assertThat(content.draft().changes())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.intent()).isEqualTo("greeting");
          assertThat(c.kind()).isEqualTo(ContentChange.Kind.CHANGED);
        });
    assertThat(store.latestVersion()).contains(1);

    PublicationView published = content.publish("Friendlier greeting", ADMIN);

    assertThat(published.version()).isEqualTo(2);
    assertThat(content.draft().changed()).isFalse();
    assertThat(events.ofType(PublicationReady.class))
        .extracting(PublicationReady::version)
        .containsExactly(2);
    assertThat(events.ofType(ContentPublished.class))
        .singleElement()
        .satisfies(e -> assertThat(e.examplesChanged()).as("only an answer changed").isFalse());
    assertThat(content.changesIn(2)).extracting(ContentChange::intent).containsExactly("greeting");
  }

  @Test
  @DisplayName("new examples mark the publication for a new model version")
  void examplesChanged() {
    IntentForm form = content.intent("greeting");
    IntentForm more =
        new IntentForm(
            form.id(),
            form.section(),
            Map.of(
                Language.EN,
                new IntentForm.Part(
                    List.of("hello", "good evening"),
                    form.in(Language.EN).answer(),
                    form.in(Language.EN).buttons()),
                Language.NB,
                form.in(Language.NB)));
    content.saveIntent("greeting", more, ADMIN);

    content.publish("A new way to say hello", ADMIN);

    assertThat(events.ofType(ContentPublished.class).get(0).examplesChanged()).isTrue();
  }

  @Test
  @DisplayName("nothing new is not published; a broken form leaves the draft as it was")
  void refusals() {
    assertThatThrownBy(() -> content.publish("Nothing", ADMIN))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> content.saveIntent("greeting", greeting(" "), ADMIN))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("has no answer (en)");
    assertThat(content.draft().changed()).isFalse();
  }

  @Test
  @DisplayName("a rollback publishes the earlier content as the next version and resets the draft")
  void rollBack() {
    content.saveIntent("greeting", greeting("Hello! Ask me about parcels."), ADMIN);
    content.publish("Friendlier greeting", ADMIN);

    PublicationView restored = content.rollBackTo(1, ADMIN);

    assertThat(restored.version()).isEqualTo(3);
    assertThat(restored.restoredFrom()).contains(1);
    assertThat(store.latest().orElseThrow().content()).isEqualTo(Contents.small());
    assertThat(content.draft().changed()).isFalse();
    assertThat(content.history(10)).extracting(PublicationView::version).containsExactly(3, 2, 1);
    assertThatThrownBy(() -> content.rollBackTo(3, ADMIN))
        .isInstanceOf(IllegalStateException.class);
  }

  private IntentForm greeting(String englishAnswer) {
    IntentForm form = content.intent("greeting");
    IntentForm.Part en = form.in(Language.EN);
    return new IntentForm(
        form.id(),
        form.section(),
        Map.of(
            Language.EN,
            new IntentForm.Part(en.examples(), englishAnswer, en.buttons()),
            Language.NB,
            form.in(Language.NB)));
  }
}
