package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.ConversationId;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Frames pushed to a customer (an agent's typing, the queue, an erasure) are sent on the server's
 * executor, never on the thread of the agent's or the customer's request: a socket that does not
 * drain holds up nobody: its frames wait in its own outbox, which gives it up (ChannelOutbox).
 */
@DisplayName("Pushes to a customer never run on the request's thread")
class PushesNeverWaitOnACustomersSocketTest {

  @Test
  @DisplayName("push and erasure frames are sent by the executor, not by the caller")
  void offTheCallersThread() throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    CustomerChannels channels = new CustomerChannels();
    channels.executor =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                ManagedExecutorService.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> method.invoke(pool, args));
    List<Thread> senders = new CopyOnWriteArrayList<>();
    ConversationId id = ConversationId.newId();
    channels.subscribe(
        id,
        new ChannelSubscription(
            after -> List.of(), text -> senders.add(Thread.currentThread()), 0));

    channels.push(id, Json.createObjectBuilder().add("type", "typing").build());
    channels.erased(new io.postbot.web.cluster.LiveSignal.Erased(id));

    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(senders).hasSize(2).doesNotContain(Thread.currentThread());
  }

  @Test
  @DisplayName("a conversation holds at most a few connections; one more is refused")
  void capPerConversation() {
    CustomerChannels channels = new CustomerChannels();
    ConversationId id = ConversationId.newId();
    for (int i = 0; i < channels.maxPerConversation; i++) {
      assertThat(channels.subscribe(id, new ChannelSubscription(a -> List.of(), t -> {}, 0)))
          .isTrue();
    }
    ChannelSubscription oneTooMany = new ChannelSubscription(a -> List.of(), t -> {}, 0);
    assertThat(channels.subscribe(id, oneTooMany)).isFalse();
    assertThat(channels.subscribe(ConversationId.newId(), oneTooMany)).isTrue();
  }
}
