package io.postbot.chat.application;

import io.postbot.chat.api.TrackingOutcome;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.PendingQuestion;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.TrackingGateway;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import io.postbot.shared.Language;
import java.util.List;

/**
 * The tracking part of the dialogue: asks for a number and remembers having asked, looks numbers up
 * and tells the result, or explains why it could not. Never logs a number.
 */
final class TrackingDialogue {

  static final IntentId TRACK_PARCEL = IntentId.of(WellKnownIntent.TRACK_PARCEL);
  static final IntentId TALK_TO_HUMAN = IntentId.of(WellKnownIntent.TALK_TO_HUMAN);

  /** Customers paste a few numbers at most; more in one message is likely not for us. */
  static final int MAX_NUMBERS_PER_MESSAGE = 3;

  private final TrackingGateway gateway;
  private final KnowledgeBase knowledgeBase;

  TrackingDialogue(TrackingGateway gateway, KnowledgeBase knowledgeBase) {
    this.gateway = gateway;
    this.knowledgeBase = knowledgeBase;
  }

  /** Asks for the number (the content's answer to track_parcel) and waits for it. */
  BotReply askForNumber(Conversation conversation) {
    conversation.awaitAnswerTo(PendingQuestion.TRACKING_NUMBER);
    Language language = conversation.language();
    return knowledgeBase
        .answer(TRACK_PARCEL, language)
        .map(answer -> BotReply.of(TRACK_PARCEL, answer))
        .orElseGet(() ->
            new BotReply(
                BotTexts.text(language, "tracking.ask-again"), TRACK_PARCEL, Attachments.none()));
  }

  /** The answer had no number in it: explains what one looks like, once, and stops waiting. */
  BotReply askAgain(Conversation conversation) {
    conversation.settlePendingQuestion();
    Language language = conversation.language();
    return BotReply.withButtons(
        TRACK_PARCEL,
        BotTexts.text(language, "tracking.ask-again"),
        List.of(talkToHuman(language)));
  }

  /**
   * A number of the right shape with a wrong check digit: asks for it again instead of looking up.
   */
  BotReply mistyped(Conversation conversation) {
    conversation.awaitAnswerTo(PendingQuestion.TRACKING_NUMBER);
    return new BotReply(
        BotTexts.text(conversation.language(), "tracking.mistyped"),
        TRACK_PARCEL,
        Attachments.none(),
        TrackingOutcome.MISTYPED);
  }

  /** Looks up each number (a few at most) and replies once per number. */
  List<BotReply> track(Conversation conversation, List<TrackingNumber> numbers) {
    conversation.settlePendingQuestion();
    return numbers.stream()
        .limit(MAX_NUMBERS_PER_MESSAGE)
        .map(number -> trackOne(number, conversation.language()))
        .toList();
  }

  private BotReply trackOne(TrackingNumber number, Language language) {
    TrackingResult result;
    try {
      result = gateway.track(number, language);
    } catch (TrackingUnavailableException e) {
      return failure(number, language, "tracking.unavailable", TrackingOutcome.UNAVAILABLE);
    }
    return switch (result) {
      case Shipment shipment ->
          new BotReply(
              ShipmentSummary.of(shipment, language),
              TRACK_PARCEL,
              Attachments.of(
                  TrackingCard.of(shipment, language),
                  BotReply.buttons(List.of(trackingPage(number, language)))),
              TrackingOutcome.FOUND);
      case ShipmentNotFound notFound ->
          failure(number, language, "tracking.not-found", TrackingOutcome.NOT_FOUND);
    };
  }

  /** Not found or unavailable: explains, and offers a person and the carrier's own page. */
  private static BotReply failure(
      TrackingNumber number, Language language, String key, TrackingOutcome outcome) {
    return BotReply.withButtons(
            TRACK_PARCEL,
            BotTexts.text(language, key, number.value()),
            List.of(talkToHuman(language), trackingPage(number, language)))
        .tracked(outcome);
  }

  private static Button talkToHuman(Language language) {
    return Button.quickReply(BotTexts.text(language, "button.talk-to-human"), TALK_TO_HUMAN);
  }

  private static Button trackingPage(TrackingNumber number, Language language) {
    return Button.link(
        BotTexts.text(language, "button.tracking-page"), TrackingCard.trackingPage(number));
  }
}
