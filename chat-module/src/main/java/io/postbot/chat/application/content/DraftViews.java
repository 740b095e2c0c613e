package io.postbot.chat.application.content;

import io.postbot.chat.api.DraftView;
import io.postbot.chat.api.IntentSummary;
import io.postbot.chat.domain.model.knowledge.ContentDiff;
import io.postbot.chat.domain.model.knowledge.ContentRules;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.Section;
import io.postbot.chat.domain.model.publication.ContentDraft;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.List;

/** The draft as the api shows it. */
final class DraftViews {

  private DraftViews() {}

  static DraftView of(ContentDraft draft, Publication latest) {
    ContentSet content = draft.content();
    List<IntentSummary> intents = new ArrayList<>();
    for (Section section : content.sections()) {
      section
          .intents()
          .forEach(i ->
              intents.add(
                  new IntentSummary(
                      i.id().value(),
                      section.name(),
                      i.examplesIn(Language.EN).size(),
                      i.examplesIn(Language.NB).size(),
                      i.answerIn(Language.EN).map(a -> preview(a.text())).orElse(""),
                      ContentRules.isRequired(i.id()))));
    }
    return new DraftView(
        draft.revision(),
        draft.basedOn(),
        draft.updatedAt(),
        draft.updatedBy(),
        content.intents().size(),
        content.exampleCount(),
        content.sections().stream().map(Section::name).toList(),
        intents,
        ContentDiff.between(latest.content(), content));
  }

  private static String preview(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 100 ? line : line.substring(0, 99) + "…";
  }
}
