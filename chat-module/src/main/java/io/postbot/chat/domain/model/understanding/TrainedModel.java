package io.postbot.chat.domain.model.understanding;

import io.postbot.shared.Language;
import java.util.List;

/** A trained intent classifier: what the bot understands customers with, and can be saved. */
public interface TrainedModel extends IntentClassifier {

  /** Understands many sentences at once (faster than one by one), each in its language. */
  List<Understanding> classifyAll(List<LabelledSentence> sentences, TrainingProgress progress);

  /** The model in a form {@link ModelTraining#load} reads back. */
  byte[] save();

  /** The recipe it was trained with. */
  String recipe();

  @Override
  Understanding classify(String text, Language language);
}
