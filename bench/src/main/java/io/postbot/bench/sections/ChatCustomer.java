package io.postbot.bench.sections;

import io.postbot.bench.client.Conversation;
import io.postbot.bench.client.CustomerClient;
import io.postbot.bench.client.Sentences;
import io.postbot.bench.load.LoadCustomer;
import java.util.concurrent.CompletableFuture;

/**
 * A customer chatting with the bot: writes a sentence of its language, waits for the replies, and
 * after a few messages starts a new conversation, as real conversations are short (the start is
 * preparation, not a measured round trip).
 */
final class ChatCustomer implements LoadCustomer {

  /** Messages a customer writes in one conversation before starting the next. */
  static final int MESSAGES_PER_CONVERSATION = 8;

  private final CustomerClient client;
  private final Sentences sentences;
  private final int number;
  private Conversation conversation;
  private int written;
  private long sent;

  ChatCustomer(CustomerClient client, Sentences sentences, int number) {
    this.client = client;
    this.sentences = sentences;
    this.number = number;
  }

  @Override
  public CompletableFuture<?> prepare() {
    if (conversation != null && written < MESSAGES_PER_CONVERSATION) {
      return CompletableFuture.completedFuture(conversation);
    }
    conversation = null;
    return client
        .start(sentences.language(number))
        .thenApply(started -> {
          conversation = started;
          written = 0;
          return started;
        });
  }

  @Override
  public CompletableFuture<?> exchange() {
    if (conversation == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no conversation"));
    }
    written++;
    return client.send(conversation, sentences.sentence(number, sent++));
  }
}
