package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.infrastructure.understanding.features.NgramSettings;
import io.postbot.chat.infrastructure.understanding.learning.TrainingOptions;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small made-up training content for the classifier's tests. */
final class TinyContent {

  /** N-grams only: trains in milliseconds and needs no embedding model. */
  static final ClassifierRecipe NGRAMS_ONLY =
      new ClassifierRecipe(
          "words,chars",
          List.of(),
          new NgramSettings(2, 5, 1, 1.0, 1.0),
          new TrainingOptions(40, 8, 0.05, 1e-3, 7, 1));

  static Intent intent(String id, List<String> english, List<String> norwegian) {
    return new Intent(
        new IntentId(id),
        Map.of(Language.EN, english, Language.NB, norwegian),
        Map.of(Language.EN, Answer.of("answer"), Language.NB, Answer.of("svar")));
  }

  static List<Intent> postal() {
    return List.of(
        intent(
            "track_parcel",
            List.of(
                "where is my parcel",
                "track my package",
                "track parcel",
                "trace a shipment",
                "status of my parcel",
                "has my package moved"),
            List.of(
                "hvor er pakken min",
                "spore pakke",
                "sporing av pakken",
                "spor sendingen min",
                "status på pakken",
                "har pakken flyttet seg")),
        intent(
            "opening_hours",
            List.of(
                "when are you open",
                "opening hours",
                "what time does the post office close",
                "is the post office open on sunday",
                "hours of the service point",
                "when does the store open"),
            List.of(
                "når har dere åpent",
                "åpningstider",
                "når stenger postkontoret",
                "er posten åpen på søndag",
                "åpningstid for utleveringsstedet",
                "når åpner butikken")),
        intent(
            "thanks",
            List.of(
                "thanks",
                "thank you",
                "thanks a lot",
                "many thanks",
                "cheers",
                "thank you very much"),
            List.of(
                "takk",
                "tusen takk",
                "takk skal du ha",
                "mange takk",
                "takker",
                "takk for hjelpen")));
  }

  static KnowledgeBase knowledgeBase(List<Intent> intents) {
    List<Intent> content = new ArrayList<>(intents);
    return new KnowledgeBase() {
      @Override
      public Collection<Intent> intents() {
        return content;
      }

      @Override
      public Optional<Intent> intent(IntentId id) {
        return content.stream().filter(i -> i.id().equals(id)).findFirst();
      }
    };
  }

  private TinyContent() {}
}
