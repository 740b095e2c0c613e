package io.postbot.chat.application;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.QuickReply;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.InMemoryConversationRepository;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The chat use cases wired with fakes: a classifier told what sentences mean, a carrier told which
 * shipments it knows, conversations in memory and recorded events.
 */
final class ChatWithBot {

  final InMemoryConversationRepository conversations = new InMemoryConversationRepository();
  final FakeIntentClassifier classifier = new FakeIntentClassifier();
  final FakeTrackingGateway carrier = new FakeTrackingGateway();
  final RecordedEvents events = new RecordedEvents();
  final ChatService chat = new ChatService();

  ChatWithBot() {
    chat.conversations = conversations;
    chat.classifier = classifier;
    chat.dialogue = new Dialogue(new TestKnowledge(), carrier);
    chat.events = events;
    chat.clock = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
  }

  StartedConversation start(Language language) {
    return chat.start(language);
  }

  List<MessageView> say(StartedConversation started, String text) {
    return chat.send(started.id(), started.token(), text);
  }

  List<MessageView> click(StartedConversation started, String intent, String label) {
    return chat.choose(started.id(), started.token(), new QuickReply(intent, label));
  }

  Conversation conversation(StartedConversation started) {
    return conversations.find(started.id()).orElseThrow();
  }

  /** The reply's payload as JSON; fails when it has none. */
  static JsonObject payload(MessageView reply) {
    if (reply.payload() == null) {
      throw new AssertionError("the reply has no payload");
    }
    return Json.createReader(new StringReader(reply.payload())).readObject();
  }
}
