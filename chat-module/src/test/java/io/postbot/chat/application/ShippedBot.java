package io.postbot.chat.application;

import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.chat.infrastructure.content.ContentKnowledgeBase;
import io.postbot.chat.infrastructure.understanding.ClassifierRecipe;
import io.postbot.chat.infrastructure.understanding.EmbeddingIntentClassifier;
import io.postbot.testing.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The chat use cases with the shipped content and a fast n-gram classifier (no embedding model to
 * load), loaded once for all tests that use it; conversations and events come from the test.
 */
final class ShippedBot {

  static final ContentKnowledgeBase KNOWLEDGE_BASE = ContentKnowledgeBase.loadShipped();
  // n-grams give flatter probabilities than the embedding model, hence a lower threshold.
  static final EmbeddingIntentClassifier CLASSIFIER =
      new EmbeddingIntentClassifier(KNOWLEDGE_BASE, ClassifierRecipe.ngramsOnly(), 0.3);

  private ShippedBot() {}

  static ChatService chat(ConversationRepository conversations, RecordedEvents events) {
    ChatService chat = new ChatService();
    chat.conversations = conversations;
    chat.classifier = CLASSIFIER;
    chat.dialogue = new Dialogue(KNOWLEDGE_BASE, new FakeTrackingGateway());
    chat.events = events;
    chat.clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    chat.transactions = new ImmediateTransactions();
    return chat;
  }
}
