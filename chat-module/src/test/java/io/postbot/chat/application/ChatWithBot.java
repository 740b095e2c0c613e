package io.postbot.chat.application;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.ParcelTracked;
import io.postbot.chat.api.QuickReply;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.api.TrackingOutcome;
import io.postbot.chat.api.attachment.AttachmentsJson;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.InMemoryConversationRepository;
import io.postbot.chat.domain.model.conversation.PendingQuestion;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The chat use cases wired with fakes: a classifier told what sentences mean, a carrier told which
 * shipments it knows, conversations in memory and recorded events.
 */
final class ChatWithBot {

  /** How a customer asks to track without giving the number. */
  static final String WHERE_IS_MY_PARCEL = "where is my parcel";

  final InMemoryConversationRepository conversations = new InMemoryConversationRepository();
  final FakeIntentClassifier classifier = new FakeIntentClassifier();
  final FakeTrackingGateway carrier = new FakeTrackingGateway();
  final RecordedEvents events = new RecordedEvents();
  final ChatService chat = new ChatService();
  final ImmediateTransactions transactions = new ImmediateTransactions();

  ChatWithBot() {
    chat.conversations = conversations;
    chat.classifier = classifier;
    chat.dialogue = new Dialogue(new TestKnowledge(), carrier);
    chat.events = events;
    chat.clock = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    chat.transactions = transactions;
    carrier.transactionOpen = transactions::isOpen;
  }

  StartedConversation start(Language language) {
    return chat.start(language);
  }

  /** A chat in which the carrier knows this shipment. */
  StartedConversation chatAbout(TrackingResult shipment, Language language) {
    carrier.knows(shipment);
    return start(language);
  }

  /** A chat while the tracking service cannot be reached. */
  StartedConversation chatWhileTrackingIsDown(Language language) {
    carrier.isDown();
    return start(language);
  }

  /** A chat in which the customer asked where the parcel is and the bot asked for the number. */
  StartedConversation askedForTrackingNumber(Language language) {
    classifier.understands(WHERE_IS_MY_PARCEL, "track_parcel");
    StartedConversation chat = start(language);
    say(chat, WHERE_IS_MY_PARCEL);
    return chat;
  }

  List<MessageView> say(StartedConversation started, String text) {
    return chat.send(started.id(), started.token(), text).replies();
  }

  List<MessageView> click(StartedConversation started, String intent, String label) {
    return chat.choose(started.id(), started.token(), new QuickReply(intent, label)).replies();
  }

  Conversation conversation(StartedConversation started) {
    return conversations.find(started.id()).orElseThrow();
  }

  boolean isWaitingForTrackingNumber(StartedConversation started) {
    return conversation(started).isAwaitingAnswerTo(PendingQuestion.TRACKING_NUMBER);
  }

  /** What came of each tracking lookup so far, in order. */
  List<TrackingOutcome> trackingOutcomes() {
    return events.ofType(ParcelTracked.class).stream().map(ParcelTracked::outcome).toList();
  }

  /** The text of the one reply; fails when there were more or none. */
  static String onlyText(List<MessageView> replies) {
    if (replies.size() != 1) {
      throw new AssertionError("expected one reply, got " + replies);
    }
    return replies.get(0).text();
  }

  /** The reply's first button, as JSON. */
  static JsonObject firstButton(MessageView reply) {
    return payload(reply).getJsonArray("buttons").getJsonObject(0);
  }

  /** The reply's attachments in their JSON form on the wire; fails when it has none. */
  static JsonObject payload(MessageView reply) {
    if (reply.attachments().isEmpty()) {
      throw new AssertionError("the reply has no attachments");
    }
    return AttachmentsJson.toJson(reply.attachments());
  }
}
