package io.postbot.chat.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.PendingQuestion;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The question the bot waits on, against the real migrations of H2 and PostgreSQL. */
abstract class PendingQuestionIsStored extends ChatTables {

  @Test
  @DisplayName("the question the bot waits on survives a reload, and once settled is gone")
  void survivesReload() {
    // given a conversation in which the bot waits for a tracking number
    ConversationId id = ConversationId.newId();
    inTransaction(em -> {
      Conversation conversation =
          Conversation.start(id, AccessTokenHash.of("token"), Language.NB, Instant.now());
      conversation.awaitAnswerTo(PendingQuestion.TRACKING_NUMBER);
      em.persist(conversation);
    });

    // when it is read again, then the bot still waits, until the question is settled
    inTransaction(em -> {
      Conversation reloaded = em.find(Conversation.class, id.value());
      assertThat(reloaded.isAwaitingAnswerTo(PendingQuestion.TRACKING_NUMBER)).isTrue();
      reloaded.settlePendingQuestion();
    });
    inTransaction(
        em -> assertThat(em.find(Conversation.class, id.value()).pendingQuestion()).isEmpty());
  }
}
