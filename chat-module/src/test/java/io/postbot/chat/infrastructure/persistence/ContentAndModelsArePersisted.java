package io.postbot.chat.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.Contents;
import io.postbot.chat.domain.model.modelversion.ModelLineage;
import io.postbot.chat.domain.model.modelversion.ModelState;
import io.postbot.chat.domain.model.modelversion.ModelVersion;
import io.postbot.chat.domain.model.modelversion.TrainingInputs;
import io.postbot.chat.domain.model.publication.ContentDraft;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.Redactor;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Publications, the draft, model versions with their saved models, and reviewed questions, against
 * H2 and PostgreSQL with the real migrations.
 */
abstract class ContentAndModelsArePersisted extends ChatTables {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  @DisplayName("publications keep their content and history; the draft its content and revision")
  void publicationsAndDraft() {
    Publication first = Publication.first(Contents.small(), T0, "system", "Shipped");
    inTransaction(em -> {
      JpaPublications publications = new JpaPublications(em);
      publications.add(first);
      publications.add(first.next(Contents.small(), T0.plusSeconds(1), "admin", "Again"));
      publications.add(ContentDraft.startingFrom(first));
    });

    inTransaction(em -> {
      JpaPublications publications = new JpaPublications(em);
      assertThat(publications.latestVersion()).contains(2);
      assertThat(publications.latest().orElseThrow().content()).isEqualTo(Contents.small());
      assertThat(publications.history(10))
          .extracting(p -> p.version() + " " + p.note())
          .containsExactly("2 Again", "1 Shipped");
      ContentDraft draft = publications.find().orElseThrow();
      assertThat(draft.content()).isEqualTo(Contents.small());
      assertThat(draft.basedOn()).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("model versions keep their state and figures; the active one's saved model too")
  void modelVersions() {
    byte[] model = new byte[3_000_000];
    new Random(7).nextBytes(model);
    TrainingInputs inputs = new TrainingInputs(1, 10, 0, "ab".repeat(32), "words,chars");
    inTransaction(em -> {
      JpaModelVersions versions = new JpaModelVersions(em);
      ModelLineage lineage = versions.lineage();
      ModelVersion first = lineage.startTraining(inputs, "first start", "system", T0, true);
      lineage.trained(first, null, null, null, T0);
      versions.save(lineage);
      em.flush();
      versions.saveModel(first.number(), model);
    });

    inTransaction(em -> {
      JpaModelVersions versions = new JpaModelVersions(em);
      assertThat(versions.activeNumber()).contains(1);
      assertThat(versions.activeInputs()).contains(inputs);
      assertThat(versions.lineage().active().map(ModelVersion::state)).contains(ModelState.ACTIVE);
      assertThat(versions.savedModel(1)).hasValueSatisfying(b -> assertThat(b).isEqualTo(model));
      assertThat(versions.savedModel(2)).isEmpty();
    });
  }

  @Test
  @DisplayName("a reviewed question is found again by language and text")
  void reviewedQuestions() {
    inTransaction(em ->
        new JpaReviewedQuestions(em)
            .add(
                new ReviewedQuestion(
                    Language.NB,
                    new Redactor().redact("hvor er pakka mi"),
                    "track_parcel",
                    ReviewedQuestion.Verdict.CORRECTED,
                    T0)));

    inTransaction(em -> {
      JpaReviewedQuestions questions = new JpaReviewedQuestions(em);
      assertThat(questions.find(Language.NB, "hvor er pakka mi"))
          .hasValueSatisfying(q -> assertThat(q.isCorrection()).isTrue());
      assertThat(questions.find(Language.EN, "hvor er pakka mi")).isEmpty();
      assertThat(questions.all()).hasSize(1);
    });
  }
}
