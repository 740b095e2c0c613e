package io.postbot.chat.domain.model.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.shared.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Content edited in the console keeps the rules the start-up applies, and more")
class ContentKeepsTheStartUpRulesTest {

  private final ContentSet content = Contents.small();

  @Test
  @DisplayName("an intent without Norwegian examples or answer is refused, naming both")
  void missingLanguage() {
    Intent english =
        new Intent(
            new IntentId("opening_hours"),
            Map.of(Language.EN, List.of("when are you open")),
            Map.of(Language.EN, Answer.of("8 to 20.")));

    assertThatThrownBy(() -> content.with("conversation", english, null))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ContentProblem::message)
                    .containsExactly(
                        "intent 'opening_hours' has no examples (nb)",
                        "intent 'opening_hours' has no answer (nb)"));
  }

  @Test
  @DisplayName("a quick reply to an intent that does not exist is refused")
  void danglingQuickReply() {
    Intent greeting =
        Contents.intent(
            "greeting",
            "hello",
            "Hi!",
            List.of(Button.quickReply("Customs", new IntentId("customs_fee_why"))));

    assertThatThrownBy(() -> content.with("conversation", greeting, new IntentId("greeting")))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("quick reply 'Customs' leads to unknown intent 'customs_fee_why'");
  }

  @Test
  @DisplayName("the intents the dialogue needs cannot be deleted, nor one a quick reply leads to")
  void requiredIntents() {
    assertThatThrownBy(() -> content.without(new IntentId("greeting")))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("the bot needs intent 'greeting'");
    assertThatThrownBy(() -> content.without(new IntentId("track_parcel")))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ContentProblem::message)
                    .anyMatch(m -> m.contains("leads to unknown intent 'track_parcel'")));
  }

  @Test
  @DisplayName("an id already in use, the same example taught twice, or a heading in an answer")
  void moreMistakes() {
    Intent copy = Contents.intent("talk_to_human", "another person", "Yes.", List.of());
    assertThatThrownBy(() -> content.with("tracking", copy, null))
        .hasMessageContaining("intent 'talk_to_human' is already defined in conversation");

    Intent twice = Contents.intent("parcel_late", "where is my parcel", "Sorry.", List.of());
    assertThatThrownBy(() -> content.with("tracking", twice, null))
        .hasMessageContaining("is taught to 'track_parcel' too");

    Intent heading = Contents.intent("parcel_late", "it is late", "# Late\nSorry.", List.of());
    assertThatThrownBy(() -> content.with("tracking", heading, null))
        .hasMessageContaining("would read as a heading, comment or button: '# Late'");
  }

  @Test
  @DisplayName("an edited intent keeps its place; a renamed one too; a new one goes last")
  void placement() {
    Intent thanks = Contents.intent("thanks", "thank you", "You're welcome.", List.of());
    Intent renamed = Contents.intent("thank_you", "thanks a lot", "Any time.", List.of());
    ContentSet base = content.with("conversation", thanks, null);
    ContentSet edited = base.with("conversation", renamed, new IntentId("thanks"));

    assertThat(edited.sections().get(0).intents())
        .extracting(i -> i.id().value())
        .containsExactly("greeting", "talk_to_human", "out_of_scope", "thank_you");
    Intent extra = Contents.intent("parcel_late", "it is late", "Sorry.", List.of());
    assertThat(content.with("tracking", extra, null).sections().get(1).intents())
        .extracting(i -> i.id().value())
        .containsExactly("track_parcel", "parcel_late");
  }
}
