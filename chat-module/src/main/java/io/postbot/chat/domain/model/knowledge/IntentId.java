package io.postbot.chat.domain.model.knowledge;

import io.postbot.chat.api.WellKnownIntent;

/** The stable id of an intent, such as {@code track_parcel}; lower case, digits and underscores. */
public record IntentId(String value) {

  /** The pseudo-intent for anything the service does not cover. */
  public static final IntentId OUT_OF_SCOPE = of(WellKnownIntent.OUT_OF_SCOPE);

  public IntentId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an intent id: lower case letters, digits and _");
    }
  }

  /** Whether the text is an intent id, for forms and files that name their own problems. */
  public static boolean isValid(String value) {
    return value != null && value.matches("[a-z][a-z0-9_]{1,63}");
  }

  /** The id of one of the intents the dialogue relies on. */
  public static IntentId of(WellKnownIntent intent) {
    return new IntentId(intent.id());
  }

  /** Whether this is that well-known intent. */
  public boolean is(WellKnownIntent intent) {
    return intent.is(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
