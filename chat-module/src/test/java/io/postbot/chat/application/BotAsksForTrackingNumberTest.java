package io.postbot.chat.application;

import static io.postbot.chat.application.ChatWithBot.WHERE_IS_MY_PARCEL;
import static io.postbot.chat.application.ChatWithBot.firstButton;
import static io.postbot.chat.application.ChatWithBot.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.shared.Language;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The bot asks for a tracking number and remembers having asked")
class BotAsksForTrackingNumberTest {

  private final ChatWithBot bot = new ChatWithBot();

  @Test
  @DisplayName("asking to track without a number makes the bot ask for it and wait")
  void asksForNumber() {
    bot.classifier.understands(WHERE_IS_MY_PARCEL, "track_parcel");
    StartedConversation chat = bot.start(Language.EN);

    List<MessageView> replies = bot.say(chat, WHERE_IS_MY_PARCEL);

    assertThat(onlyText(replies)).isEqualTo("What is the tracking number?");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isTrue();
    assertThat(bot.carrier.lookups).isEmpty();
  }

  @Test
  @DisplayName("the next message with a number is tracked, even if the classifier thinks otherwise")
  void nextMessageWithNumberIsTracked() {
    bot.classifier.understands("it is CT797294851NO", "change_address");
    bot.carrier.knows(Shipments.inTransit(Shipments.ITEM));
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    List<MessageView> replies = bot.say(chat, "it is CT797294851NO");

    assertThat(bot.carrier.lookups).containsExactly(Shipments.ITEM);
    assertThat(onlyText(replies)).startsWith("Shipment CT797294851NO is on its way.");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isFalse();
    assertThat(bot.conversation(chat).messages().get(3).intent()).isEqualTo("track_parcel");
  }

  @Test
  @DisplayName(
      "an answer with something like a number that is none is explained once, then the bot stops"
          + " waiting")
  void answerWithoutNumberIsExplainedOnce() {
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    List<MessageView> replies = bot.say(chat, "it is 12345");

    assertThat(onlyText(replies)).startsWith("I couldn't find a tracking number in that.");
    assertThat(firstButton(replies.get(0)).getString("intent")).isEqualTo("talk_to_human");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isFalse();
  }

  @Test
  @DisplayName("something like a number is taken as the answer, even if the classifier hears more")
  void numberLikeAnswerIsTheAnswer() {
    bot.classifier.understands("I moved, it is 4711-0815", "change_address");
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    List<MessageView> replies = bot.say(chat, "I moved, it is 4711-0815");

    assertThat(onlyText(replies)).startsWith("I couldn't find a tracking number in that.");
    assertThat(bot.conversation(chat).messages().get(3).intent()).isEqualTo("track_parcel");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"my parcel is late", "I want to talk to a person"})
  @DisplayName(
      "a message with nothing like a number in it is a new question: the bot answers it as it"
          + " would anywhere, and stops waiting")
  void messageWithoutNumberIsANewQuestion(String text) {
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    List<MessageView> replies = bot.say(chat, text);

    assertThat(onlyText(replies)).isEqualTo("Sorry, I can't help with that.");
    assertThat(firstButton(replies.get(0)).getString("intent")).isEqualTo("talk_to_human");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isFalse();
  }

  @Test
  @DisplayName("a new question taken for tracking asks for the number afresh, not for a better one")
  void newTrackingQuestionAsksAfresh() {
    bot.classifier.understands("my parcel is late", "track_parcel");
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    List<MessageView> replies = bot.say(chat, "my parcel is late");

    assertThat(onlyText(replies)).isEqualTo("What is the tracking number?");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isTrue();
  }

  @Test
  @DisplayName("another question while the bot waits is answered, and the wait ends")
  void otherQuestionEndsTheWait() {
    bot.classifier.understands("how do I change my address", "change_address");
    StartedConversation chat = bot.askedForTrackingNumber(Language.EN);

    List<MessageView> replies = bot.say(chat, "how do I change my address");

    assertThat(onlyText(replies)).isEqualTo("You can change your address online.");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isFalse();
  }

  @Test
  @DisplayName("clicking \"Track a parcel\" asks for the number, in the conversation's language")
  void quickReplyAsksForNumber() {
    StartedConversation chat = bot.start(Language.NB);

    List<MessageView> replies = bot.click(chat, "track_parcel", "Spor en pakke");

    assertThat(onlyText(replies)).isEqualTo("Hva er sporingsnummeret?");
    assertThat(bot.isWaitingForTrackingNumber(chat)).isTrue();
    assertThat(bot.conversation(chat).messages().get(1).text()).isEqualTo("Spor en pakke");
  }
}
