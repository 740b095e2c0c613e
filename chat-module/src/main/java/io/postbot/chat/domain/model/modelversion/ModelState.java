package io.postbot.chat.domain.model.modelversion;

/** Where a model version stands. */
public enum ModelState {
  /** Being trained and evaluated (in the background). */
  TRAINING,
  /** The version the bot understands customers with. */
  ACTIVE,
  /** Was active, or passed evaluation, and may be rolled back to. */
  INACTIVE,
  /** Rolled back: it was active, then an administrator went back to the one before it. */
  ROLLED_BACK,
  /** Evaluated worse than the active version, so never activated. */
  REJECTED,
  /** Training stopped with an error, or the server stopped during it. */
  FAILED
}
