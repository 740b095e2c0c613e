package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.StartedConversation;
import io.postbot.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A slow but working carrier API must not stall the service: while it answers, the use case holds
 * no transaction and so no pooled connection; the append afterwards is one short transaction.
 */
@DisplayName("Sending a message calls the carrier with no transaction open")
class NoSlowWorkInsideATransactionTest {

  private final ChatWithBot bot = new ChatWithBot();

  @Test
  @DisplayName("the tracking lookup runs between a short read and one short append")
  void trackingOutsideTransactions() {
    StartedConversation chat = bot.chatAbout(Shipments.inTransit(Shipments.ITEM), Language.EN);
    int before = bot.transactions.started;

    bot.say(chat, "where is CT797294851NO?");

    assertThat(bot.carrier.lookupsInsideATransaction).containsExactly(false);
    assertThat(bot.transactions.started - before)
        .as("the token check, then the customer's message and the replies together")
        .isEqualTo(2);
    assertThat(bot.conversation(chat).messages()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  @DisplayName("what the bot waits for, decided outside, is stored with the append")
  void pendingQuestionIsStored() {
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    assertThat(bot.isWaitingForTrackingNumber(chat)).isTrue();
  }
}
