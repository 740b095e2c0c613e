package io.postbot.chat.infrastructure.persistence;

import static io.postbot.chat.domain.model.conversation.ConversationFixtures.NOW;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.aConversation;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Several writers on one conversation at the same instant (a double click, two tabs, a customer and
 * an agent): each append is its own transaction, as a request is. None may fail, and every message
 * is stored once with its own sequence number.
 */
abstract class RacingWritersAppendOnce extends ChatTables {

  static final int WRITERS = 4;
  static final int APPENDS_EACH = 25;

  @Test
  @DisplayName("writers racing on one conversation all succeed, each message stored once, in order")
  void racingWriters() throws Exception {
    Conversation conversation = aConversation(Language.EN);
    inTransaction(em -> new JpaConversationRepository(em).add(conversation));
    ConversationId id = conversation.id();

    List<Integer> acknowledged = race(id);

    assertThat(acknowledged).doesNotHaveDuplicates().hasSize(WRITERS * APPENDS_EACH);
    inTransaction(em -> {
      Conversation stored = new JpaConversationRepository(em).find(id).orElseThrow();
      assertThat(stored.messages())
          .extracting(Message::sequence)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, WRITERS * APPENDS_EACH).boxed().toList());
      assertThat(stored.messages()).extracting(Message::text).doesNotHaveDuplicates();
    });
  }

  /**
   * Every writer appends its messages, one transaction each; returns the sequences acknowledged.
   */
  private List<Integer> race(ConversationId id) throws Exception {
    CyclicBarrier start = new CyclicBarrier(WRITERS);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<List<Integer>>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(
            pool.submit(() -> {
              start.await();
              List<Integer> sequences = new ArrayList<>();
              for (int i = 0; i < APPENDS_EACH; i++) {
                String text = "writer " + writer + " message " + i;
                sequences.add(append(id, text));
              }
              return sequences;
            }));
      }
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> writer : writers) {
        all.addAll(writer.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private int append(ConversationId id, String text) {
    int[] sequence = new int[1];
    inTransaction((EntityManager em) -> {
      Conversation conversation = new JpaConversationRepository(em).findForAppend(id).orElseThrow();
      sequence[0] = conversation.receiveFromCustomer(new MessageText(text), null, NOW).sequence();
    });
    return sequence[0];
  }
}
