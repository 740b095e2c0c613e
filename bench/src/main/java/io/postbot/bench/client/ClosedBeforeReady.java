package io.postbot.bench.client;

/**
 * The server closed a customer socket before it said ready, with this code and reason: what the
 * widget reacts to (it reconnects, or starts over on 4404), so the bench reads it typed.
 */
public final class ClosedBeforeReady extends RuntimeException {

  /** The server's "conversation not found": the widget starts a new one instead of reconnecting. */
  static final int NOT_FOUND = 4404;

  private final int code;

  ClosedBeforeReady(int code, String reason, boolean authWritten) {
    super(
        "closed: "
            + code
            + " "
            + reason
            + (authWritten ? " (auth frame written)" : " (auth frame not written)"));
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Whether the widget would connect again after this close. */
  public boolean widgetReconnects() {
    return code != NOT_FOUND;
  }
}
