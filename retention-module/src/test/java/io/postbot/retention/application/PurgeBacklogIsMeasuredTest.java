package io.postbot.retention.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.chat.infrastructure.persistence.AttachmentsColumn;
import io.postbot.chat.infrastructure.persistence.JpaConversationEraser;
import io.postbot.chat.infrastructure.persistence.JpaConversationRepository;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the metrics gauge and the health check read: how long the oldest overdue record has outlived
 * its retention, and whether anything is overdue beyond two purge intervals and one hour.
 */
@DisplayName("The purge backlog is measured, and falling behind is detected")
class PurgeBacklogIsMeasuredTest {

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T10:00:00Z"));
  private final FakeAgentChats agentChats = new FakeAgentChats();
  private RetentionBacklog backlog;

  @BeforeEach
  void wire() {
    database = TestDatabase.h2().migrate("chat");
    sessions =
        database.entityManagerFactory(
            List.of(Conversation.class, Message.class, AttachmentsColumn.class));
    em = sessions.createEntityManager();
    backlog =
        new RetentionBacklog(
            new JpaConversationEraser(em), agentChats, RetentionPolicy.defaults(), clock);
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("nothing overdue: zero, and not behind")
  void upToDate() {
    botConversation("2026-03-20T10:00:00Z");

    assertThat(backlog.oldestBotOverdue()).isZero();
    assertThat(backlog.isBehind()).isFalse();
  }

  @Test
  @DisplayName("a bot chat overdue by two hours is measured, but within the 3 h tolerance")
  void slightlyOverdue() {
    botConversation("2026-03-01T08:00:00Z"); // expired 2026-04-01T08:00

    assertThat(backlog.oldestBotOverdue()).isEqualTo(Duration.ofHours(2));
    assertThat(backlog.isBehind()).isFalse();
  }

  @Test
  @DisplayName(
      "a bot chat overdue by more than two intervals and an hour means the purge is behind")
  void botBehind() {
    botConversation("2026-03-01T06:59:00Z"); // overdue 3 h 1 min

    assertThat(backlog.isBehind()).isTrue();
  }

  @Test
  @DisplayName("an agent chat overdue beyond the tolerance means the purge is behind too")
  void agentChatBehind() {
    agentChats.closed(
        ConversationId.newId(), ContactCategory.COMPLAINT, Instant.parse("2022-10-01T05:00:00Z"));

    assertThat(backlog.isBehind()).isTrue();
  }

  private void botConversation(String lastActivity) {
    Instant at = Instant.parse(lastActivity);
    Conversation c =
        Conversation.start(ConversationId.newId(), AccessTokenHash.of("t"), Language.EN, at);
    c.receiveFromCustomer(new MessageText("hello"), "greeting", at);
    em.getTransaction().begin();
    new JpaConversationRepository(em).add(c);
    em.getTransaction().commit();
    em.clear();
  }
}
