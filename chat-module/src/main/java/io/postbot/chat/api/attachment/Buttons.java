package io.postbot.chat.api.attachment;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Buttons under a bot message: quick replies that answer an intent, or links to the carrier. */
public record Buttons(List<Button> buttons) implements Attachment {

  public Buttons {
    buttons = List.copyOf(buttons);
    if (buttons.isEmpty()) {
      throw new IllegalArgumentException("buttons need at least one button");
    }
  }

  /** One button: its label is what the customer sees (and, for a reply, appears to say). */
  public sealed interface Button {
    String label();
  }

  /** A quick reply: a click answers this intent directly. */
  public record Reply(String label, String intent) implements Button {
    public Reply {
      requireLabel(label);
      Objects.requireNonNull(intent, "the intent a quick reply answers");
    }
  }

  /** A link that opens one of the carrier's pages in a new tab: https or http only. */
  public record Link(String label, URI url) implements Button {
    public Link {
      requireLabel(label);
      String scheme = url == null ? null : url.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("a link button opens an http(s) page");
      }
    }
  }

  private static void requireLabel(String label) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a button needs a label");
    }
  }
}
