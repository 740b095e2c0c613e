package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import java.util.List;

/** A model trained with the classifier's recipe, as the chat context's use cases see it. */
final class RecipeModel implements TrainedModel {

  private final TrainedUnderstanding understanding;
  private final String recipe;

  RecipeModel(TrainedUnderstanding understanding, String recipe) {
    this.understanding = understanding;
    this.recipe = recipe;
  }

  TrainedUnderstanding understanding() {
    return understanding;
  }

  @Override
  public Understanding classify(String text, Language language) {
    return understanding.understand(text, language);
  }

  @Override
  public List<Understanding> classifyAll(
      List<LabelledSentence> sentences, TrainingProgress progress) {
    return understanding.understandAll(
        sentences.stream().map(LabelledSentence::text).toList(),
        sentences.stream().map(LabelledSentence::language).toList(),
        progress::update);
  }

  @Override
  public byte[] save() {
    return SavedModels.write(understanding, recipe);
  }

  @Override
  public String recipe() {
    return recipe;
  }
}
