package io.postbot.chat.domain.model.knowledge;

/** The stable id of an intent, such as {@code track_parcel}; lower case, digits and underscores. */
public record IntentId(String value) {

  /** The pseudo-intent for anything the service does not cover. */
  public static final IntentId OUT_OF_SCOPE = new IntentId("out_of_scope");

  public IntentId {
    if (value == null || !value.matches("[a-z][a-z0-9_]{1,63}")) {
      throw new IllegalArgumentException("not an intent id: lower case letters, digits and _");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
