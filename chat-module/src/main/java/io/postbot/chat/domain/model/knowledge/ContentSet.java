package io.postbot.chat.domain.model.knowledge;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.InvalidContentException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole set of content that passed {@link ContentRules}: sections of intents, as a draft or a
 * publication holds it and the bot answers from it. Immutable; editing gives a new set.
 */
public final class ContentSet implements KnowledgeBase {

  private final List<Section> sections;
  private final Map<IntentId, Intent> intents = new LinkedHashMap<>();
  private final Map<IntentId, String> sectionOf = new LinkedHashMap<>();

  private ContentSet(List<Section> sections) {
    this.sections = List.copyOf(sections);
    for (Section section : this.sections) {
      for (Intent intent : section.intents()) {
        intents.put(intent.id(), intent);
        sectionOf.put(intent.id(), section.name());
      }
    }
  }

  /** No content at all: what the first publication is compared with. */
  public static ContentSet empty() {
    return new ContentSet(List.of());
  }

  /**
   * @throws InvalidContentException with every problem, when the sections break a rule
   */
  public static ContentSet of(List<Section> sections) {
    List<ContentProblem> problems = ContentRules.check(sections);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new ContentSet(sections);
  }

  /** Builds checked sections from parsed Markdown; drafts' own problems are reported too. */
  public static ContentSet fromMarkdown(List<ContentMarkdown.ParsedSection> parsed) {
    List<ContentProblem> problems = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (ContentMarkdown.ParsedSection section : parsed) {
      try {
        sections.add(section(section));
      } catch (InvalidContentException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return of(sections);
  }

  /**
   * One parsed file as a section, its intents each checked on its own (the whole set's rules are
   * for {@link #of}).
   */
  public static Section section(ContentMarkdown.ParsedSection parsed) {
    List<ContentProblem> problems = new ArrayList<>();
    List<Intent> intents = new ArrayList<>();
    for (IntentDraft draft : parsed.drafts()) {
      List<ContentProblem> own = draft.problems();
      problems.addAll(own);
      if (own.isEmpty()) {
        intents.add(draft.toIntent());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new Section(parsed.name(), parsed.description(), intents);
  }

  public List<Section> sections() {
    return sections;
  }

  @Override
  public Collection<Intent> intents() {
    return intents.values();
  }

  @Override
  public Optional<Intent> intent(IntentId id) {
    return Optional.ofNullable(intents.get(id));
  }

  /** The name of the section the intent is in. */
  public Optional<String> sectionOf(IntentId id) {
    return Optional.ofNullable(sectionOf.get(id));
  }

  public int exampleCount() {
    return intents.values().stream()
        .mapToInt(i -> i.examples().values().stream().mapToInt(List::size).sum())
        .sum();
  }

  /**
   * The set with {@code intent} put into {@code section} (a new section goes last): in the place of
   * {@code replacing} when given (an edited or renamed intent), else last in the section.
   */
  public ContentSet with(String section, Intent intent, IntentId replacing) {
    if (!intent.id().equals(replacing) && intents.containsKey(intent.id())) {
      throw new InvalidContentException(
          List.of(
              ContentProblem.of(
                  intent.id().value(),
                  "rules.intent-twice",
                  intent.id(),
                  sectionOf.get(intent.id()))));
    }
    List<Section> result = new ArrayList<>();
    boolean placed = false;
    for (Section s : sections) {
      List<Intent> list = new ArrayList<>();
      for (Intent i : s.intents()) {
        if (i.id().equals(replacing) && s.name().equals(section)) {
          list.add(intent);
          placed = true;
        } else if (!i.id().equals(replacing)) {
          list.add(i);
        }
      }
      if (s.name().equals(section) && !placed) {
        list.add(intent);
        placed = true;
      }
      result.add(new Section(s.name(), s.description(), list));
    }
    if (!placed) {
      result.add(new Section(section, "", List.of(intent)));
    }
    return of(result);
  }

  /** The set without the intent; fails when something still leads to it. */
  public ContentSet without(IntentId id) {
    List<Section> result = new ArrayList<>();
    for (Section s : sections) {
      result.add(
          new Section(
              s.name(),
              s.description(),
              s.intents().stream().filter(i -> !i.id().equals(id)).toList()));
    }
    return of(result);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContentSet other && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }
}
