package io.postbot.chat.domain.model.modelversion;

import io.postbot.chat.domain.model.understanding.LabelledSentence;
import java.util.List;

/**
 * The content's held-out sentences: questions with their right intent (or out of scope) that no
 * model trains on, the fixed part of the evaluation set.
 */
public interface HeldOutSentences {

  List<LabelledSentence> all();
}
