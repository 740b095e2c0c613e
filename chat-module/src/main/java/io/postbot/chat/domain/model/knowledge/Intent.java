package io.postbot.chat.domain.model.knowledge;

import io.postbot.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something customers want from the bot ("track a parcel"), with example utterances to learn it
 * from and an answer per language.
 */
public record Intent(
    IntentId id, Map<Language, List<String>> examples, Map<Language, Answer> answers) {

  public Intent {
    examples = Map.copyOf(examples);
    answers = Map.copyOf(answers);
  }

  public List<String> examplesIn(Language language) {
    return examples.getOrDefault(language, List.of());
  }

  public Optional<Answer> answerIn(Language language) {
    return Optional.ofNullable(answers.get(language));
  }
}
