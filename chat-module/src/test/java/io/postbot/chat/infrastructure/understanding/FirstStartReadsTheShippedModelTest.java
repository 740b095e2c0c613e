package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.postbot.chat.api.Editor;
import io.postbot.chat.application.models.TrainingData;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.chat.infrastructure.content.PublishedKnowledgeBase;
import io.postbot.chat.infrastructure.persistence.JpaPublications;
import io.postbot.shared.Language;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The build step (chat-module's pom, process-classes) runs before the unit tests, so this checks
 * the model in target/classes, the one the jar ships, against what a first start asks for.
 */
@DisplayName("A first start on an empty database reads the model the build shipped")
class FirstStartReadsTheShippedModelTest {

  private static final String RECIPE = ClassifierRecipe.STANDARD_FEATURES;

  @Test
  @DisplayName("the first publication's examples, read back from the database, find the model")
  void firstStartFindsTheShippedModel() {
    assumeFalse(Boolean.getBoolean("skipShippedModel"), "the build shipped no model");

    // given the shipped content published as the first start publishes it, and read back in a
    // transaction of its own, as the model start-up reads the first version's examples
    List<LabelledSentence> examples = firstVersionsExamples();

    // then the build's examples are those, and the class path holds the model for their key
    assertThat(examples)
        .as("the examples the build trained (the content as loaded, not read back)")
        .isEqualTo(
            TrainingData.of(new PublishedKnowledgeBase().load(), 1, List.of(), RECIPE).examples());
    assertThat(ShippedModels.onClassPath().read(TrainedModelFiles.key(RECIPE, examples)))
        .as("nlu/models/model-<key>.bin on the class path (mvn process-classes writes it)")
        .isPresent();

    // and the bot's training reads it: neither an embedding nor a training epoch
    RecipeTraining bots = new RecipeTraining(ClassifierRecipe.DEFAULT_THRESHOLD, "off", "off");
    TrainedModel model = bots.train(examples, neverCalled());
    assertThat(model.classify("where is my parcel", Language.EN).intent())
        .contains(new IntentId("track_parcel"));
  }

  private static List<LabelledSentence> firstVersionsExamples() {
    try (TestDatabase database = TestDatabase.h2().migrate("chat");
        SessionFactory sessions = database.entityManagerFactory(List.of(Publication.class))) {
      // ContentSeeding on an empty database
      inTransaction(
          sessions,
          em -> {
            new JpaPublications(em)
                .add(
                    Publication.first(
                        new PublishedKnowledgeBase().load(),
                        Instant.now(),
                        Editor.SYSTEM.username(),
                        "The content shipped with the application"));
            return null;
          });
      // ModelLedger.job(1): publication 1's content from the database, no reviews yet
      return inTransaction(
          sessions,
          em -> {
            Publication first = new JpaPublications(em).find(1).orElseThrow();
            return TrainingData.of(first.content(), first.version(), List.of(), RECIPE).examples();
          });
    }
  }

  private static <T> T inTransaction(SessionFactory sessions, Function<EntityManager, T> work) {
    try (EntityManager em = sessions.createEntityManager()) {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    }
  }

  /** Fails at once should the examples be embedded or trained, instead of training for minutes. */
  private static TrainingProgress neverCalled() {
    return (stage, done, total) -> {
      throw new AssertionError("the first start would train (" + stage + ")");
    };
  }
}
