package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.CustomerAsked;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.domain.model.conversation.InMemoryConversationRepository;
import io.postbot.chat.infrastructure.content.ContentKnowledgeBase;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a customer writes stays in the chat context: events carry it only redacted, and nothing of
 * it reaches the log, at any level.
 */
@DisplayName("Personal data in a customer's message stays in the chat context")
class PersonalDataStaysInTheChatContextTest {

  private static final String TEXT =
      "where is CT797294851NO? call me on 912 34 567 or kari.nordmann@example.no";

  private final RecordedEvents events = new RecordedEvents();
  private final List<String> logged = new ArrayList<>();
  private final Logger root = Logger.getLogger("");
  private Level rootLevel;
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(String.valueOf(record.getMessage()));
          if (record.getParameters() != null) {
            for (Object p : record.getParameters()) {
              logged.add(String.valueOf(p));
            }
          }
          if (record.getThrown() != null) {
            logged.add(String.valueOf(record.getThrown()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private ChatService chat;

  @BeforeEach
  void wire() {
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    ContentKnowledgeBase knowledgeBase = ContentKnowledgeBase.loadShipped();
    chat = new ChatService();
    chat.conversations = new InMemoryConversationRepository();
    chat.classifier = new FakeIntentClassifier();
    chat.dialogue = new Dialogue(knowledgeBase, new FakeTrackingGateway());
    chat.events = events;
    chat.clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    chat.transactions = new ImmediateTransactions();
  }

  @AfterEach
  void unhook() {
    root.removeHandler(capture);
    root.setLevel(rootLevel);
  }

  @Test
  @DisplayName("the CustomerAsked event carries the question with every personal detail masked")
  void eventsCarryRedactedText() {
    StartedConversation started = chat.start(Language.EN);

    chat.send(started.id(), started.token(), TEXT);

    CustomerAsked asked = events.ofType(CustomerAsked.class).get(0);
    assertThat(asked.question().value())
        .startsWith("where is [tracking number]")
        .doesNotContain("CT797294851NO")
        .doesNotContain("912 34 567")
        .doesNotContain("kari.nordmann");
    // the conversation's random id is no personal data, and its hex digits may spell "912"
    String id = started.id().toString();
    assertThat(events.all())
        .allSatisfy(e ->
            assertThat(e.toString().replace(id, "<id>"))
                .doesNotContain("CT797294851NO")
                .doesNotContain("912")
                .doesNotContain("example.no"));
  }

  @Test
  @DisplayName("a whole conversation logs nothing of what the customer wrote")
  void logsNoMessageText() {
    StartedConversation started = chat.start(Language.EN);
    chat.send(started.id(), started.token(), TEXT);
    chat.send(started.id(), started.token(), "my name is Kari Nordmann");
    chat.messages(started.id(), started.token(), 0);

    assertThat(String.join("\n", logged))
        .doesNotContain("CT797294851NO")
        .doesNotContain("912 34 567")
        .doesNotContain("kari.nordmann")
        .doesNotContain("Kari Nordmann");
  }
}
