package io.postbot.chat.domain.model.knowledge;

import io.postbot.chat.api.ContentChange;
import io.postbot.chat.api.ContentChange.FieldChange;
import io.postbot.chat.api.ContentChange.Kind;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two versions of the content, intent by intent and field by field, in the
 * order of the newer version (removed intents last): what an administrator reads before publishing
 * or rolling back.
 */
public final class ContentDiff {

  private ContentDiff() {}

  public static List<ContentChange> between(ContentSet before, ContentSet after) {
    List<ContentChange> changes = new ArrayList<>();
    for (Intent now : after.intents()) {
      Optional<Intent> then = before.intent(now.id());
      if (then.isEmpty()) {
        changes.add(new ContentChange(now.id().value(), Kind.ADDED, fields(null, now, "", "")));
        continue;
      }
      List<FieldChange> fields =
          fields(
              then.get(),
              now,
              before.sectionOf(now.id()).orElse(""),
              after.sectionOf(now.id()).orElse(""));
      if (!fields.isEmpty()) {
        changes.add(new ContentChange(now.id().value(), Kind.CHANGED, fields));
      }
    }
    for (Intent then : before.intents()) {
      if (after.intent(then.id()).isEmpty()) {
        changes.add(new ContentChange(then.id().value(), Kind.REMOVED, List.of()));
      }
    }
    return changes;
  }

  /** Whether any intent's examples differ, so that the classifier has something new to learn. */
  public static boolean examplesDiffer(ContentSet before, ContentSet after) {
    return !KnowledgeExamples.of(before).equals(KnowledgeExamples.of(after));
  }

  private static List<FieldChange> fields(
      Intent then, Intent now, String sectionThen, String sectionNow) {
    List<FieldChange> fields = new ArrayList<>();
    if (then != null && !sectionThen.equals(sectionNow)) {
      fields.add(new FieldChange("section", List.of(sectionThen), List.of(sectionNow)));
    }
    for (Language language : Language.values()) {
      String code = " (" + language.code() + ")";
      lines(
          fields,
          "examples" + code,
          then == null ? List.of() : then.examplesIn(language),
          now.examplesIn(language));
      lines(fields, "answer" + code, answerText(then, language), answerText(now, language));
      lines(fields, "buttons" + code, buttons(then, language), buttons(now, language));
    }
    return fields;
  }

  private static void lines(
      List<FieldChange> fields, String field, List<String> then, List<String> now) {
    Set<String> before = new LinkedHashSet<>(then);
    Set<String> after = new LinkedHashSet<>(now);
    List<String> removed = then.stream().filter(l -> !after.contains(l)).toList();
    List<String> added = now.stream().filter(l -> !before.contains(l)).toList();
    if (!then.equals(now)) {
      fields.add(new FieldChange(field, removed, added));
    }
  }

  private static List<String> answerText(Intent intent, Language language) {
    return intent == null
        ? List.of()
        : intent.answerIn(language).map(a -> List.of(a.text())).orElse(List.of());
  }

  private static List<String> buttons(Intent intent, Language language) {
    if (intent == null) {
      return List.of();
    }
    return intent
        .answerIn(language)
        .map(a ->
            a.buttons().stream()
                .map(b ->
                    "["
                        + b.label()
                        + "]("
                        + (b.isLink() ? b.link().toString() : "intent:" + b.quickReply())
                        + ")")
                .toList())
        .orElse(List.of());
  }
}
