package io.postbot.chat.api;

import java.util.List;

/**
 * How one intent differs between two versions of the content.
 *
 * @param intent the intent's id
 * @param kind added, removed, or changed in the fields listed
 * @param fields for a change, each field that differs, e.g. "examples (en)", "answer (nb)",
 *     "buttons (en)", "section"
 */
public record ContentChange(String intent, Kind kind, List<FieldChange> fields) {

  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public ContentChange {
    fields = List.copyOf(fields);
  }

  /**
   * One field of an intent: the lines only before and only after (an answer is one "line"; a button
   * reads "[label](target)").
   */
  public record FieldChange(String field, List<String> removed, List<String> added) {
    public FieldChange {
      removed = List.copyOf(removed);
      added = List.copyOf(added);
    }
  }
}
