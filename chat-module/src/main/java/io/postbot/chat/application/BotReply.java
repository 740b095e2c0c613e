package io.postbot.chat.application;

import io.postbot.chat.api.TrackingOutcome;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.Buttons;
import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.IntentId;
import java.util.List;
import java.util.Optional;

/**
 * One message the bot is about to send: its text, the intent it answers, typed extras (buttons, a
 * tracking card), and for a parcel lookup how it went (null otherwise).
 */
record BotReply(String text, IntentId intent, Attachments attachments, TrackingOutcome tracking) {

  BotReply(String text, IntentId intent, Attachments attachments) {
    this(text, intent, attachments, null);
  }

  /** The reply for an answer of the knowledge base, with its buttons. */
  static BotReply of(IntentId intent, Answer answer) {
    return withButtons(intent, answer.text(), answer.buttons());
  }

  /** A text with buttons under it, or without extras when there are none. */
  static BotReply withButtons(IntentId intent, String text, List<Button> buttons) {
    return new BotReply(
        text, intent, buttons.isEmpty() ? Attachments.none() : Attachments.of(buttons(buttons)));
  }

  /** The same reply, telling how a parcel lookup went. */
  BotReply tracked(TrackingOutcome outcome) {
    return new BotReply(text, intent, attachments, outcome);
  }

  /** The content's buttons as the message carries them: links, or quick replies of an intent. */
  static Buttons buttons(List<Button> buttons) {
    return new Buttons(
        buttons.stream()
            .<Buttons.Button>map(button ->
                button.isLink()
                    ? new Buttons.Link(button.label(), button.link())
                    : new Buttons.Reply(button.label(), button.quickReply().value()))
            .toList());
  }

  Optional<TrackingOutcome> trackingOutcome() {
    return Optional.ofNullable(tracking);
  }
}
