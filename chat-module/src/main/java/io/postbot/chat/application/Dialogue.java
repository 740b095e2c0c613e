package io.postbot.chat.application;

import io.postbot.chat.api.UnknownQuickReplyException;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.PendingQuestion;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.tracking.TrackingGateway;
import io.postbot.chat.domain.model.tracking.TrackingNumberFinder;
import io.postbot.chat.domain.model.tracking.TrackingNumberSearch;
import io.postbot.chat.domain.model.understanding.Understanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Decides what the bot says to a customer message, in the conversation's language. In order: a
 * valid tracking number anywhere is tracked; a mistyped one is pointed out; an answer to "what is
 * the tracking number?" that looks like a number but is none is explained once (a message with
 * nothing like a number in it is no answer but a new question, and ends the wait); two intents too
 * close to call are offered as a choice; "track a parcel" asks for the number; everything else is
 * answered from the knowledge base.
 */
@ApplicationScoped
public class Dialogue {

  private KnowledgeBase knowledgeBase;
  private TrackingDialogue tracking;
  private Disambiguation disambiguation;
  private TrackingNumberFinder finder;

  protected Dialogue() {}

  @Inject
  public Dialogue(KnowledgeBase knowledgeBase, TrackingGateway gateway) {
    this.knowledgeBase = knowledgeBase;
    this.tracking = new TrackingDialogue(gateway, knowledgeBase);
    this.disambiguation = new Disambiguation(knowledgeBase);
    this.finder = new TrackingNumberFinder();
  }

  /** The greeting that opens every conversation. */
  BotReply greeting(Conversation conversation) {
    return answer(IntentId.of(WellKnownIntent.GREETING), conversation);
  }

  /** The reply to what the customer wrote, as the classifier understood it. */
  Turn replyTo(Conversation conversation, String text, Understanding understanding) {
    TrackingNumberSearch search = finder.find(text);
    if (search.found()) {
      return Turn.certain(
          TrackingDialogue.TRACK_PARCEL, tracking.track(conversation, search.numbers()));
    }
    if (search.mistyped()) {
      return Turn.certain(TrackingDialogue.TRACK_PARCEL, List.of(tracking.mistyped(conversation)));
    }
    if (conversation.isAwaitingAnswerTo(PendingQuestion.TRACKING_NUMBER)) {
      if (search.numberLike()) {
        return Turn.certain(
            TrackingDialogue.TRACK_PARCEL, List.of(tracking.askAgain(conversation)));
      }
      // Nothing like a number: not an answer but a new question, to be understood as one.
      conversation.settlePendingQuestion();
    }
    IntentId intent = understanding.intent().orElse(IntentId.OUT_OF_SCOPE);
    double confidence = understanding.confidence();
    List<IntentId> choices = Disambiguation.choices(understanding.closeCandidates());
    if (understanding.isAmbiguous() && choices.size() > 1) {
      conversation.settlePendingQuestion();
      return new Turn(intent, confidence, List.of(disambiguation.ask(conversation, choices)));
    }
    return new Turn(intent, confidence, List.of(replyToIntent(intent, conversation)));
  }

  /** The reply to a clicked quick reply: its intent is taken as meant, without classification. */
  Turn replyToChoice(Conversation conversation, IntentId chosen) {
    if (!chosen.equals(TrackingDialogue.TRACK_PARCEL) && knowledgeBase.intent(chosen).isEmpty()) {
      throw new UnknownQuickReplyException();
    }
    return Turn.certain(chosen, List.of(replyToIntent(chosen, conversation)));
  }

  private BotReply replyToIntent(IntentId intent, Conversation conversation) {
    if (intent.equals(TrackingDialogue.TRACK_PARCEL)) {
      return tracking.askForNumber(conversation);
    }
    conversation.settlePendingQuestion();
    return answer(intent, conversation);
  }

  private BotReply answer(IntentId intent, Conversation conversation) {
    return knowledgeBase
        .answer(intent, conversation.language())
        .map(answer -> BotReply.of(intent, answer))
        .orElseGet(() ->
            BotReply.of(
                IntentId.OUT_OF_SCOPE,
                knowledgeBase
                    .answer(IntentId.OUT_OF_SCOPE, conversation.language())
                    .orElseThrow()));
  }
}
