package io.postbot.chat.application;

import static io.postbot.chat.application.ChatWithBot.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.shared.Language;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("When two intents fit about equally well, the bot asks which was meant")
class BotAsksWhichIntentWasMeantTest {

  private final ChatWithBot bot = new ChatWithBot();

  @Test
  @DisplayName("one button per candidate, titled as the content's own buttons name the intents")
  void offersOneButtonPerCandidate() {
    bot.classifier.isTornBetween("I moved, where is my parcel", "track_parcel", "change_address");
    StartedConversation chat = bot.start(Language.EN);

    List<MessageView> replies = bot.say(chat, "I moved, where is my parcel");

    assertThat(onlyText(replies))
        .isEqualTo("I'm not quite sure what you mean. Is it one of these?");
    JsonArray buttons = ChatWithBot.payload(replies.get(0)).getJsonArray("buttons");
    assertThat(buttons.getValuesAs(JsonObject.class))
        .extracting(b -> b.getString("label"), b -> b.getString("intent"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Track a parcel", "track_parcel"),
            org.assertj.core.groups.Tuple.tuple("Change your address", "change_address"));
  }

  @Test
  @DisplayName("an intent no content button names is titled from its id")
  void titleFromIntentId() {
    bot.classifier.isTornBetween("send or track", "send_parcel", "track_parcel");
    StartedConversation chat = bot.start(Language.NB);

    List<MessageView> replies = bot.say(chat, "send or track");

    assertThat(
            ChatWithBot.payload(replies.get(0))
                .getJsonArray("buttons")
                .getValuesAs(JsonObject.class))
        .extracting(b -> b.getString("label"))
        .containsExactly("Send parcel", "Spor en pakke");
  }

  @Test
  @DisplayName("clicking a candidate answers that intent without classifying the label")
  void clickAnswersChosenIntent() {
    bot.classifier.isTornBetween("I moved, where is my parcel", "track_parcel", "change_address");
    StartedConversation chat = bot.start(Language.EN);
    bot.say(chat, "I moved, where is my parcel");

    List<MessageView> replies = bot.click(chat, "change_address", "Change your address");

    assertThat(onlyText(replies)).isEqualTo("You can change your address online.");
    assertThat(bot.conversation(chat).messages().get(3).intent()).isEqualTo("change_address");
  }

  @Test
  @DisplayName("a clear winner is answered without asking")
  void clearWinnerIsAnswered() {
    bot.classifier.understands("how do I change my address", "change_address");
    StartedConversation chat = bot.start(Language.EN);

    List<MessageView> replies = bot.say(chat, "how do I change my address");

    assertThat(onlyText(replies)).isEqualTo("You can change your address online.");
  }
}
