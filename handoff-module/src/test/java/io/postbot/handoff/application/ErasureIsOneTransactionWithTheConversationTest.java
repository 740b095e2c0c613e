package io.postbot.handoff.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.ConversationErased;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A customer deletes a chat that was handed to an agent: the contact details, notes and survey
 * invitations must go too, even if the server dies right after. They go while the conversation's
 * erasure is still in progress, in its transaction, never afterwards on another thread.
 */
@DisplayName("The handoff data is erased in the conversation's own erasure transaction")
class ErasureIsOneTransactionWithTheConversationTest {

  private final ConversationId id = ConversationId.newId();

  @Test
  @DisplayName("the handoff part is erased before the erasure returns, on the same thread")
  void sameThread() {
    Eraser eraser = new Eraser(false);

    new ErasureFollowsTheConversation(eraser).onErased(new ConversationErased(id));

    assertThat(eraser.erased).containsExactly(id);
    assertThat(eraser.threads).containsExactly(Thread.currentThread());
  }

  @Test
  @DisplayName("a failing handoff part fails the erasure, so both are rolled back together")
  void failsTogether() {
    Eraser eraser = new Eraser(true);

    assertThatThrownBy(
            () -> new ErasureFollowsTheConversation(eraser).onErased(new ConversationErased(id)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static final class Eraser implements AgentChatEraser {
    private final boolean fails;
    final List<ConversationId> erased = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    Eraser(boolean fails) {
      this.fails = fails;
    }

    @Override
    public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
      return List.of();
    }

    @Override
    public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
      return List.of();
    }

    @Override
    public int erase(Collection<ConversationId> conversations) {
      threads.add(Thread.currentThread());
      if (fails) {
        throw new IllegalStateException("database gone");
      }
      erased.addAll(conversations);
      return conversations.size();
    }
  }
}
