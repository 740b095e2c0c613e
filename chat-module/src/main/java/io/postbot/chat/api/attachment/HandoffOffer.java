package io.postbot.chat.api.attachment;

import io.postbot.chat.api.HandoffReason;
import java.util.Objects;

/** The bot offers a person ("connect me" / "no thanks" in the widget), and says why. */
public record HandoffOffer(HandoffReason reason) implements Attachment {

  public HandoffOffer {
    Objects.requireNonNull(reason, "why a person is offered");
  }
}
