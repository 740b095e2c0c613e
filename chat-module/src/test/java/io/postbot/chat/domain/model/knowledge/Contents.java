package io.postbot.chat.domain.model.knowledge;

import io.postbot.shared.Language;
import java.util.List;
import java.util.Map;

/**
 * A small valid content set for content tests: the intents the bot needs, each with an example and
 * an answer in both languages.
 */
public final class Contents {

  private Contents() {}

  public static ContentSet small() {
    Intent greeting =
        intent(
            "greeting",
            "hello",
            "Hi! How can I help?",
            List.of(Button.quickReply("Track a parcel", new IntentId("track_parcel"))));
    Intent human = intent("talk_to_human", "a person please", "I can put you through.", List.of());
    Intent outOfScope =
        new Intent(
            IntentId.OUT_OF_SCOPE,
            Map.of(),
            Map.of(
                Language.EN, Answer.of("Sorry, I can't help with that."),
                Language.NB, Answer.of("Beklager, det kan jeg ikke.")));
    Intent track = intent("track_parcel", "where is my parcel", "The number?", List.of());
    return ContentSet.of(
        List.of(
            new Section(
                "conversation", "Greeting and the rest.", List.of(greeting, human, outOfScope)),
            new Section("tracking", "", List.of(track))));
  }

  public static Intent intent(String id, String example, String answer, List<Button> buttons) {
    return new Intent(
        new IntentId(id),
        Map.of(Language.EN, List.of(example), Language.NB, List.of(example + " (nb)")),
        Map.of(
            Language.EN,
            new Answer(answer, buttons),
            Language.NB,
            new Answer(answer + " (nb)", List.of())));
  }
}
