package io.postbot.chat.domain.model.knowledge;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules content must follow before the bot answers from it: those the start-up has always
 * applied (unique intents, examples and an answer in every language, quick replies that lead
 * somewhere, https links), plus what an editor in the console could otherwise break: the intents
 * the bot's own dialogue needs, answer lines the Markdown would read back as something else, and
 * the same example taught twice.
 */
public final class ContentRules {

  /** Intents the dialogue itself uses, with why, so an editor cannot delete them. */
  static final Map<IntentId, ContentProblem> REQUIRED =
      Arrays.stream(WellKnownIntent.values())
          .collect(Collectors.toUnmodifiableMap(IntentId::of, WellKnownIntent::whyNeeded));

  private ContentRules() {}

  /** Whether the bot's dialogue needs the intent, so that it may not be deleted. */
  public static boolean isRequired(IntentId id) {
    return REQUIRED.containsKey(id);
  }

  public static List<ContentProblem> check(List<Section> sections) {
    List<ContentProblem> problems = new ArrayList<>();
    Map<IntentId, String> sectionOf = new HashMap<>();
    Set<String> sectionNames = new HashSet<>();
    for (Section section : sections) {
      if (!sectionNames.add(section.name())) {
        problems.add(ContentProblem.of(null, "rules.section-twice", section.name()));
      }
      for (Intent intent : section.intents()) {
        String earlier = sectionOf.putIfAbsent(intent.id(), section.name());
        if (earlier != null) {
          problems.add(problem(intent, "rules.intent-twice", intent.id(), earlier));
        }
        problems.addAll(check(intent));
      }
    }
    Map<String, IntentId> taught = new HashMap<>();
    for (Section section : sections) {
      for (Intent intent : section.intents()) {
        quickReplies(intent, sectionOf, problems);
        duplicates(intent, taught, problems);
      }
    }
    REQUIRED.forEach((id, why) -> {
      if (!sectionOf.containsKey(id)) {
        problems.add(why);
      }
    });
    return problems;
  }

  /** What is wrong with one intent on its own. */
  public static List<ContentProblem> check(Intent intent) {
    List<ContentProblem> problems = new ArrayList<>();
    for (Language language : Language.values()) {
      String code = language.code();
      if (!intent.id().equals(IntentId.OUT_OF_SCOPE) && intent.examplesIn(language).isEmpty()) {
        problems.add(problem(intent, "rules.no-examples", intent.id(), code));
      }
      for (String example : intent.examplesIn(language)) {
        if (example.isBlank() || example.contains("\n") || example.contains("\r")) {
          problems.add(problem(intent, "rules.bad-example", code));
        }
      }
      if (intent.answerIn(language).isEmpty()) {
        problems.add(problem(intent, "rules.no-answer", intent.id(), code));
      }
      intent
          .answerIn(language)
          .ifPresent(answer -> {
            for (String line : answer.text().split("\n")) {
              if (ContentMarkdown.isFormatLine(line)) {
                problems.add(problem(intent, "rules.format-line", code, line.strip()));
              }
            }
          });
    }
    return problems;
  }

  private static void quickReplies(
      Intent intent, Map<IntentId, String> known, List<ContentProblem> problems) {
    for (Language language : Language.values()) {
      intent
          .answerIn(language)
          .ifPresent(answer ->
              answer.buttons().stream()
                  .filter(b -> !b.isLink() && !known.containsKey(b.quickReply()))
                  .forEach(b ->
                      problems.add(
                          problem(
                              intent, "rules.unknown-quick-reply", b.label(), b.quickReply()))));
    }
  }

  private static void duplicates(
      Intent intent, Map<String, IntentId> taught, List<ContentProblem> problems) {
    for (Language language : Language.values()) {
      for (String example : intent.examplesIn(language)) {
        String key = language.code() + ":" + example.strip().toLowerCase(Locale.ROOT);
        IntentId first = taught.putIfAbsent(key, intent.id());
        if (first != null) {
          problems.add(
              first.equals(intent.id())
                  ? problem(intent, "rules.taught-twice", example, language.code())
                  : problem(intent, "rules.taught-elsewhere", example, language.code(), first));
        }
      }
    }
  }

  private static ContentProblem problem(Intent intent, String key, Object... arguments) {
    return ContentProblem.of(intent.id().value(), key, arguments);
  }
}
