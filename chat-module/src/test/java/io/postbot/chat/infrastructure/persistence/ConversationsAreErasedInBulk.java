package io.postbot.chat.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The erasure and data-subject ports of the chat context on its real tables: which conversations
 * are idle bot chats, bulk erasure, and the record of one conversation.
 */
abstract class ConversationsAreErasedInBulk extends ChatTables {

  static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

  @Test
  @DisplayName("idle bot chats are named oldest first; a chat handed to an agent never is")
  void idleBotConversations() {
    // given an old bot chat, a newer one, and an old one that was handed to an agent and ended
    Conversation old = saved(T0, false);
    Conversation newer = saved(T0.plusSeconds(3600), false);
    Conversation escalated = saved(T0.minusSeconds(3600), true);

    inTransaction(em -> {
      var eraser = new JpaConversationEraser(em);
      // when asked for bot chats idle since before a cutoff after all three
      List<ConversationId> idle = eraser.idleBotConversations(T0.plusSeconds(7200), 100);
      // then the two bot chats come, oldest first, and the escalated one does not
      assertThat(idle).containsSubsequence(old.id(), newer.id()).doesNotContain(escalated.id());
      assertThat(eraser.idleBotConversations(T0.plusSeconds(1), 100))
          .contains(old.id())
          .doesNotContain(newer.id());
      assertThat(eraser.oldestIdleBotActivity(T0.plusSeconds(1))).isPresent();
    });
  }

  @Test
  @DisplayName("erasing a batch removes conversations and messages, and is idempotent")
  void bulkErase() {
    Conversation a = saved(T0, false);
    Conversation b = saved(T0, true);
    Conversation kept = saved(T0, false);

    inTransaction(em ->
        assertThat(new JpaConversationEraser(em).erase(List.of(a.id(), b.id()))).isEqualTo(2));
    inTransaction(em -> {
      assertThat(new JpaConversationEraser(em).erase(List.of(a.id(), b.id()))).isZero();
      assertThat(new JpaConversationRecords(em).record(a.id())).isEmpty();
      assertThat(new JpaConversationRecords(em).record(b.id())).isEmpty();
      assertThat(new JpaConversationRecords(em).record(kept.id())).isPresent();
      Long messages =
          em.createQuery(
                  "select count(m) from Message m where m.conversation.id in :ids", Long.class)
              .setParameter("ids", List.of(a.id().value(), b.id().value()))
              .getSingleResult();
      assertThat(messages).isZero();
    });
  }

  @Test
  @DisplayName("a tracking number finds the conversations mentioning it; the record has it all")
  void recordsForDataSubjects() {
    Conversation c = saved(T0, true);

    inTransaction(em -> {
      var records = new JpaConversationRecords(em);
      assertThat(records.mentioningTrackingNumber("ct 797294851 no", 10)).containsExactly(c.id());
      var record = records.record(c.id()).orElseThrow();
      assertThat(record.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
      assertThat(record.wasEscalated()).isTrue();
      assertThat(record.endedAt()).isNotNull();
      assertThat(record.messages())
          .extracting(m -> m.text())
          .contains("where is CT 797 294 851 NO " + c.id());
    });
  }

  private Conversation saved(Instant at, boolean escalateAndEnd) {
    Conversation c =
        Conversation.start(ConversationId.newId(), AccessTokenHash.of("t"), Language.EN, at);
    c.receiveFromCustomer(new MessageText("where is CT 797 294 851 NO " + c.id()), "x", at);
    if (escalateAndEnd) {
      c.escalateToAgent(at);
      c.end(at);
    }
    inTransaction(em -> new JpaConversationRepository(em).add(c));
    return c;
  }
}
