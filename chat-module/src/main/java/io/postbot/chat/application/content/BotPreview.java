package io.postbot.chat.application.content;

import io.postbot.chat.api.DraftPreview;
import io.postbot.chat.application.models.TrainingData;
import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.modelversion.ModelVersions;
import io.postbot.chat.domain.model.modelversion.TrainingInputs;
import io.postbot.chat.domain.model.review.ReviewedQuestionRepository;
import io.postbot.chat.domain.model.tracking.TrackingNumberFinder;
import io.postbot.chat.domain.model.tracking.TrackingNumberSearch;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.ScoredIntent;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * "Try the bot" against a draft: the intent, confidence and runner-up the classifier gives the
 * sentence, and the answer the draft would give. Nothing is stored and nothing is logged: the
 * sentence is an administrator's test, but it may still be a customer's question pasted in.
 */
@ApplicationScoped
public class BotPreview {

  @Inject DraftModels models;
  @Inject ModelTraining training;
  @Inject ModelVersions versions;
  @Inject ReviewedQuestionRepository reviewed;

  private final TrackingNumberFinder finder = new TrackingNumberFinder();

  DraftPreview tryOut(ContentSet draft, String sentence, Language language) {
    if (sentence == null || sentence.isBlank() || sentence.length() > 2000) {
      throw new IllegalArgumentException("write a sentence of 1 to 2000 characters to try");
    }
    TrainingData data = TrainingData.of(draft, 0, reviewed.all(), training.recipe());
    String active = versions.activeInputs().map(TrainingInputs::fingerprint).orElse("");
    Optional<TrainedModel> model =
        models.model(data.examples(), data.inputs().fingerprint(), active);
    if (model.isEmpty()) {
      return models.progress();
    }
    Understanding u = model.get().classify(sentence, language);
    IntentId intent = u.intent().orElse(IntentId.OUT_OF_SCOPE);
    List<ScoredIntent> ranking = u.ranking();
    ScoredIntent best = ranking.isEmpty() ? null : ranking.get(0);
    ScoredIntent second = ranking.size() < 2 ? null : ranking.get(1);
    Answer answer =
        draft
            .answer(intent, language)
            .or(() -> draft.answer(IntentId.OUT_OF_SCOPE, language))
            .orElseThrow();
    TrackingNumberSearch search = finder.find(sentence);
    return new DraftPreview.Answer(
        sentence,
        language,
        u.inScope() && best != null ? best.intent().value() : IntentId.OUT_OF_SCOPE.value(),
        u.confidence(),
        second == null ? null : second.intent().value(),
        second == null ? 0 : second.confidence(),
        u.inScope(),
        u.isAmbiguous() && u.closeCandidates().size() > 1,
        u.closeCandidates().stream().map(IntentId::value).toList(),
        answer.text(),
        answer.buttons().stream()
            .map(b ->
                "[" + b.label() + "](" + (b.isLink() ? b.link() : "intent:" + b.quickReply()) + ")")
            .toList(),
        search.found() || search.mistyped(),
        data.inputs().fingerprint().equals(active) ? "active" : "draft");
  }
}
