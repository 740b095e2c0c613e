package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.ConversationFullException;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A conversation has a maximum length and is read by pages")
class ConversationsHaveAMaximumLengthTest {

  private final ChatWithBot bot = new ChatWithBot();

  @Test
  @DisplayName("a full conversation takes no more: the customer is asked to start a new chat")
  void full() {
    bot.chat.maxMessages = 5;
    bot.classifier.understands("hello", "greeting");
    StartedConversation chat = bot.start(Language.EN); // the greeting: 1 message
    bot.say(chat, "hello"); // 3
    bot.say(chat, "hello"); // 5

    assertThatThrownBy(() -> bot.say(chat, "hello")).isInstanceOf(ConversationFullException.class);
    assertThat(bot.conversation(chat).messageCount()).isEqualTo(5);
  }

  @Test
  @DisplayName("a read answers at most the page asked for, from the resume point on")
  void pages() {
    bot.classifier.understands("hello", "greeting");
    StartedConversation chat = bot.start(Language.EN);
    for (int i = 0; i < 4; i++) {
      bot.say(chat, "hello");
    }

    var page = bot.chat.messages(chat.id(), chat.token(), 2, 3);

    assertThat(page).extracting(MessageView::id).containsExactly(3, 4, 5);
  }
}
