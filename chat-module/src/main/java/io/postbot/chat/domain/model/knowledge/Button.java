package io.postbot.chat.domain.model.knowledge;

import java.net.URI;

/**
 * A button under an answer: either a quick reply that asks for another intent, or a link to one of
 * the carrier's pages.
 */
public record Button(String label, IntentId quickReply, URI link) {

  public Button {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a button needs a label");
    }
    if ((quickReply == null) == (link == null)) {
      throw new IllegalArgumentException("a button is either a quick reply or a link");
    }
    if (link != null && !"https".equals(link.getScheme())) {
      throw new IllegalArgumentException("links must use https");
    }
  }

  public static Button quickReply(String label, IntentId intent) {
    return new Button(label, intent, null);
  }

  public static Button link(String label, URI uri) {
    return new Button(label, null, uri);
  }

  public boolean isLink() {
    return link != null;
  }
}
