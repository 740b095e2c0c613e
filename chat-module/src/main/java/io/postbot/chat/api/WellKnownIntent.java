package io.postbot.chat.api;

/**
 * The intents the bot's own dialogue and the other contexts rely on, in one place: their ids are in
 * the content (an editor cannot delete them) and in events, statistics and attachments.
 */
public enum WellKnownIntent {
  /** Opens every conversation. */
  GREETING("greeting", "it opens every conversation"),
  /** The pseudo-intent for anything the service does not cover. */
  OUT_OF_SCOPE("out_of_scope", "it answers what the bot cannot"),
  /** Asks for the tracking number and traces the parcel. */
  TRACK_PARCEL("track_parcel", "it asks for the tracking number"),
  /** The customer asks for a person: the bot offers the handoff. */
  TALK_TO_HUMAN("talk_to_human", "it hands the customer to a person");

  private final String id;
  private final String why;

  WellKnownIntent(String id, String why) {
    this.id = id;
    this.why = why;
  }

  /** The intent's id as in the content and in events. */
  public String id() {
    return id;
  }

  /** Why the dialogue needs it, told to an editor who tries to delete it. */
  public String why() {
    return why;
  }

  /** Whether this intent id is this well-known intent. */
  public boolean is(String intent) {
    return id.equals(intent);
  }
}
