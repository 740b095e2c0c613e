package io.postbot.chat.application;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.HandoffReason;
import io.postbot.chat.api.HumanRequested;
import io.postbot.chat.api.MessagePosted;
import io.postbot.chat.api.ParcelTracked;
import io.postbot.chat.api.TrackingOutcome;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.HandoffOffer;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Decides when the bot offers a person: when the customer asks for one, when a parcel lookup fails
 * (not found, service down), or after {@value #MISSES_BEFORE_OFFER} questions in a row the bot
 * could not answer. It observes the bot's own events inside the turn's transaction, appends the
 * offer as a service notice (the widget shows it with "connect me" and "no thanks") and fires
 * {@link HumanRequested}.
 */
@ApplicationScoped
public class HandoffOffers {

  static final int MISSES_BEFORE_OFFER = 2;

  /** Enough recent messages to see the last misses and any offer between them. */
  static final int RECENT_MESSAGES = 4 * MISSES_BEFORE_OFFER + 2;

  @Inject ConversationRepository conversations;
  @Inject Event<Object> events;

  void onAnswered(@Observes BotAnswered answered) {
    if (WellKnownIntent.TALK_TO_HUMAN.is(answered.intent())) {
      offer(answered.conversation(), HandoffReason.CUSTOMER_ASKED, answered.at());
    }
  }

  void onNotAnswered(@Observes BotCouldNotAnswer missed) {
    // The last few messages decide, not the whole conversation.
    if (missedInARow(conversations.lastMessages(missed.conversation(), RECENT_MESSAGES))) {
      offer(missed.conversation(), HandoffReason.BOT_COULD_NOT_ANSWER, missed.at());
    }
  }

  void onTracked(@Observes ParcelTracked tracked) {
    if (tracked.outcome() == TrackingOutcome.NOT_FOUND
        || tracked.outcome() == TrackingOutcome.UNAVAILABLE) {
      offer(tracked.conversation(), HandoffReason.TRACKING_FAILED, tracked.at());
    }
  }

  /** The last customer messages, since the last offer, were all out of scope. */
  static boolean missedInARow(List<Message> messages) {
    return Conversation.unansweredInARow(messages) >= MISSES_BEFORE_OFFER;
  }

  private void offer(io.postbot.shared.ConversationId id, HandoffReason reason, Instant at) {
    conversations
        .findForAppend(id)
        .filter(c -> !c.isWithAgent())
        .ifPresent(conversation -> {
          var notice =
              conversation.noteFromSystem(
                  new MessageText(text(conversation.language())),
                  Attachments.of(new HandoffOffer(reason)),
                  at);
          events.fire(new MessagePosted(id, notice.sequence()));
          events.fire(new HumanRequested(id, conversation.language(), reason, at));
        });
  }

  private static String text(Language language) {
    return language == Language.NB
        ? "Vil du chatte med en person i kundeservice?"
        : "Would you like to chat with a person in customer service?";
  }
}
