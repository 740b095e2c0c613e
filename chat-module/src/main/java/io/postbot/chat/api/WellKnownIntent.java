package io.postbot.chat.api;

/**
 * The intents the bot's own dialogue and the other contexts rely on, in one place: their ids are in
 * the content (an editor cannot delete them) and in events, statistics and attachments.
 */
public enum WellKnownIntent {
  /** Opens every conversation. */
  GREETING("greeting", "required.greeting"),
  /** The pseudo-intent for anything the service does not cover. */
  OUT_OF_SCOPE("out_of_scope", "required.out-of-scope"),
  /** Asks for the tracking number and traces the parcel. */
  TRACK_PARCEL("track_parcel", "required.track-parcel"),
  /** The customer asks for a person: the bot offers the handoff. */
  TALK_TO_HUMAN("talk_to_human", "required.talk-to-human");

  private final String id;
  private final String whyNeeded;

  WellKnownIntent(String id, String whyNeeded) {
    this.id = id;
    this.whyNeeded = whyNeeded;
  }

  /** The intent's id as in the content and in events. */
  public String id() {
    return id;
  }

  /**
   * Why the dialogue needs it, told to an editor who tries to delete it: the {@link ContentProblem}
   * it makes (its key, with the id as argument).
   */
  public ContentProblem whyNeeded() {
    return ContentProblem.of(id, whyNeeded, id);
  }

  /** Whether this intent id is this well-known intent. */
  public boolean is(String intent) {
    return id.equals(intent);
  }
}
