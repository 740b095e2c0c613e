package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.PendingQuestion;
import io.postbot.shared.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot asks for a tracking number and remembers having asked")
class BotAsksForTrackingNumberTest {

  private final ChatWithBot bot = new ChatWithBot();

  @Test
  @DisplayName("asking to track without a number makes the bot ask for it and wait")
  void asksForNumber() {
    bot.classifier.understands("where is my parcel", "track_parcel");
    StartedConversation chat = bot.start(Language.EN);

    List<MessageView> replies = bot.say(chat, "where is my parcel");

    assertThat(replies)
        .singleElement()
        .extracting(MessageView::text)
        .isEqualTo("What is the tracking number?");
    assertThat(bot.conversation(chat).isAwaitingAnswerTo(PendingQuestion.TRACKING_NUMBER)).isTrue();
    assertThat(bot.carrier.lookups).isEmpty();
  }

  @Test
  @DisplayName("the next message with a number is tracked, even if the classifier thinks otherwise")
  void nextMessageWithNumberIsTracked() {
    bot.classifier.understands("where is my parcel", "track_parcel");
    bot.classifier.understands("it is CT797294851NO", "change_address");
    bot.carrier.knows(Shipments.inTransit(Shipments.ITEM));
    StartedConversation chat = bot.start(Language.EN);
    bot.say(chat, "where is my parcel");

    List<MessageView> replies = bot.say(chat, "it is CT797294851NO");

    assertThat(bot.carrier.lookups).containsExactly(Shipments.ITEM);
    assertThat(replies)
        .singleElement()
        .extracting(MessageView::text)
        .asString()
        .startsWith("Shipment CT797294851NO is on its way.");
    assertThat(bot.conversation(chat).pendingQuestion()).isEmpty();
    Message customerMessage = bot.conversation(chat).messages().get(3);
    assertThat(customerMessage.intent()).isEqualTo("track_parcel");
  }

  @Test
  @DisplayName("an answer without a number is explained once, then the bot stops waiting")
  void answerWithoutNumberIsExplainedOnce() {
    bot.classifier.understands("where is my parcel", "track_parcel");
    StartedConversation chat = bot.start(Language.EN);
    bot.say(chat, "where is my parcel");

    List<MessageView> replies = bot.say(chat, "I don't know where it is");

    assertThat(replies)
        .singleElement()
        .extracting(MessageView::text)
        .asString()
        .startsWith("I couldn't find a tracking number in that.");
    assertThat(
            ChatWithBot.payload(replies.get(0))
                .getJsonArray("buttons")
                .getJsonObject(0)
                .getString("intent"))
        .isEqualTo("talk_to_human");
    assertThat(bot.conversation(chat).pendingQuestion()).isEmpty();
  }

  @Test
  @DisplayName("another question while the bot waits is answered, and the wait ends")
  void otherQuestionEndsTheWait() {
    bot.classifier.understands("where is my parcel", "track_parcel");
    bot.classifier.understands("how do I change my address", "change_address");
    StartedConversation chat = bot.start(Language.EN);
    bot.say(chat, "where is my parcel");

    List<MessageView> replies = bot.say(chat, "how do I change my address");

    assertThat(replies)
        .singleElement()
        .extracting(MessageView::text)
        .isEqualTo("You can change your address online.");
    assertThat(bot.conversation(chat).pendingQuestion()).isEmpty();
  }

  @Test
  @DisplayName("clicking \"Track a parcel\" asks for the number, in the conversation's language")
  void quickReplyAsksForNumber() {
    StartedConversation chat = bot.start(Language.NB);

    List<MessageView> replies = bot.click(chat, "track_parcel", "Spor en pakke");

    assertThat(replies)
        .singleElement()
        .extracting(MessageView::text)
        .isEqualTo("Hva er sporingsnummeret?");
    assertThat(bot.conversation(chat).isAwaitingAnswerTo(PendingQuestion.TRACKING_NUMBER)).isTrue();
    assertThat(bot.conversation(chat).messages().get(1).text()).isEqualTo("Spor en pakke");
  }
}
