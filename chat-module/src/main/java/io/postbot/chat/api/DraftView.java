package io.postbot.chat.api;

import java.time.Instant;
import java.util.List;

/**
 * The shared draft of the content: what it is based on, who changed it last, and how it differs
 * from what the bot answers with now.
 *
 * @param revision changes with every save (two editors see when the other saved)
 * @param basedOn the publication the draft started from
 * @param changes the draft against the newest publication, empty when there is nothing to publish
 */
public record DraftView(
    long revision,
    int basedOn,
    Instant updatedAt,
    String updatedBy,
    int intents,
    int examples,
    List<String> sections,
    List<IntentSummary> intentList,
    List<ContentChange> changes) {

  public boolean changed() {
    return !changes.isEmpty();
  }
}
