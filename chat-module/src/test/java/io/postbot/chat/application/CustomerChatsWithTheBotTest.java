package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.chat.api.ConversationStarted;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.chat.api.Exchange;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.api.attachment.Buttons;
import io.postbot.chat.domain.model.conversation.InMemoryConversationRepository;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A customer chats with the bot")
class CustomerChatsWithTheBotTest {

  private final InMemoryConversationRepository repository = new InMemoryConversationRepository();
  private final RecordedEvents events = new RecordedEvents();
  private ChatService chat;

  @BeforeEach
  void wireTheUseCase() {
    chat = ShippedBot.chat(repository, events);
  }

  @Test
  @DisplayName("starting gives an id, a secret token and the bot's greeting in the chosen language")
  void start() {
    StartedConversation started = chat.start(Language.NB);

    assertThat(started.token().value()).hasSize(43);
    assertThat(started.messages())
        .singleElement()
        .satisfies(greeting -> {
          assertThat(greeting.author()).isEqualTo("bot");
          assertThat(greeting.text()).startsWith("Hei!");
          assertThat(greeting.attachments().find(Buttons.class).orElseThrow().buttons())
              .contains(new Buttons.Reply("Spor en pakke", "track_parcel"));
        });
    assertThat(repository.size()).isEqualTo(1);
    assertThat(events.ofType(ConversationStarted.class)).hasSize(1);
  }

  @Test
  @DisplayName(
      "a message is stored and answered with itself as stored and the replies; events carry the"
          + " intent and the redacted text")
  void askAndAnswer() {
    StartedConversation started = chat.start(Language.EN);

    Exchange exchange = chat.send(started.id(), started.token(), "where is my parcel");

    assertThat(exchange.sent())
        .satisfies(sent -> {
          assertThat(sent.author()).isEqualTo("customer");
          assertThat(sent.id()).isEqualTo(2);
          assertThat(sent.text()).isEqualTo("where is my parcel");
          assertThat(sent.time()).isNotNull();
        });
    assertThat(exchange.replies())
        .singleElement()
        .satisfies(reply -> {
          assertThat(reply.author()).isEqualTo("bot");
          assertThat(reply.id()).isEqualTo(3);
          assertThat(reply.text()).contains("tracking number");
        });
    assertThat(chat.messages(started.id(), started.token(), 0))
        .extracting(MessageView::author)
        .containsExactly("bot", "customer", "bot");
    assertThat(events.ofType(CustomerAsked.class))
        .singleElement()
        .satisfies(asked -> assertThat(asked.intent()).isEqualTo("track_parcel"));
    assertThat(events.ofType(BotAnswered.class)).hasSize(1);
    assertThat(events.ofType(CustomerAsked.class).get(0).question().value())
        .isEqualTo("where is my parcel");
  }

  @Test
  @DisplayName("a question outside the bot's job gets the out-of-scope answer and offers a person")
  void outOfScope() {
    StartedConversation started = chat.start(Language.EN);

    List<MessageView> replies =
        chat.send(started.id(), started.token(), "what's the weather in Oslo tomorrow").replies();

    assertThat(replies)
        .singleElement()
        .satisfies(reply -> {
          assertThat(reply.text()).startsWith("Sorry");
          assertThat(reply.attachments().find(Buttons.class).orElseThrow().buttons())
              .anySatisfy(b ->
                  assertThat(b)
                      .isInstanceOfSatisfying(
                          Buttons.Reply.class,
                          r -> assertThat(r.intent()).isEqualTo("talk_to_human")));
        });
    assertThat(events.ofType(BotCouldNotAnswer.class)).hasSize(1);
  }

  @Test
  @DisplayName("another token, or another conversation's id, finds nothing")
  void wrongToken() {
    StartedConversation mine = chat.start(Language.EN);
    StartedConversation theirs = chat.start(Language.EN);

    assertThatThrownBy(() -> chat.messages(mine.id(), theirs.token(), 0))
        .isInstanceOf(ConversationNotFoundException.class);
    assertThatThrownBy(() -> chat.send(ConversationId.newId(), mine.token(), "hello"))
        .isInstanceOf(ConversationNotFoundException.class);
    assertThatThrownBy(() -> chat.messages(mine.id(), AccessToken.generate(), 0))
        .isInstanceOf(ConversationNotFoundException.class);
  }

  @Test
  @DisplayName("a quick reply naming an intent the bot does not have is refused and not counted")
  void unknownQuickReply() {
    StartedConversation started = chat.start(Language.EN);

    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            chat.choose(
                started.id(),
                started.token(),
                new io.postbot.chat.api.QuickReply("no_such_intent", "Free money")))
        .isInstanceOf(io.postbot.chat.api.UnknownQuickReplyException.class);
    assertThat(events.ofType(CustomerAsked.class)).isEmpty();
    assertThat(
            chat.choose(
                    started.id(),
                    started.token(),
                    new io.postbot.chat.api.QuickReply("track_parcel", "Track"))
                .replies())
        .isNotEmpty();
  }
}
