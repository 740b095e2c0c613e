package io.postbot.chat.api;

import io.postbot.shared.Language;
import java.util.List;

/** What "try the bot" gives for a sentence against the draft: the answer, or how far along. */
public sealed interface DraftPreview {

  /**
   * The draft teaches other examples than the active model learnt, so a model of the draft is being
   * trained first; ask again in a moment.
   */
  record Learning(String stage, int done, int total) implements DraftPreview {}

  /**
   * How the bot would take the sentence with the draft.
   *
   * @param intent the best intent ("out_of_scope" if it would not answer)
   * @param runnerUp the second best intent, or null
   * @param candidates the intents it would offer when ambiguous
   * @param answer the answer text it would give from the draft
   * @param buttons the answer's buttons, as "[label](target)"
   * @param trackingNumber the sentence holds a tracking number, which the bot would look up (a
   *     preview does not)
   * @param model which model understood it: the active version, or one trained on the draft
   */
  record Answer(
      String sentence,
      Language language,
      String intent,
      double confidence,
      String runnerUp,
      double runnerUpConfidence,
      boolean inScope,
      boolean ambiguous,
      List<String> candidates,
      String answer,
      List<String> buttons,
      boolean trackingNumber,
      String model)
      implements DraftPreview {}
}
