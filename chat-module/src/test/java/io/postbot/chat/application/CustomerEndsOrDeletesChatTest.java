package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.ConversationEnded;
import io.postbot.chat.api.ConversationErased;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.chat.api.MessagePosted;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.StartedConversation;
import io.postbot.chat.api.Transcript;
import io.postbot.chat.domain.model.conversation.ConversationEndedException;
import io.postbot.chat.domain.model.conversation.InMemoryConversationRepository;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A customer downloads, ends or deletes the chat")
class CustomerEndsOrDeletesChatTest {

  private final InMemoryConversationRepository repository = new InMemoryConversationRepository();
  private final RecordedEvents events = new RecordedEvents();
  private ChatService chat;

  @BeforeEach
  void wireTheUseCase() {
    chat = ShippedBot.chat(repository, events);
  }

  @Test
  @DisplayName("every added message is announced by its id, never its text")
  void everyMessageIsAnnounced() {
    StartedConversation started = chat.start(Language.EN);

    chat.send(started.id(), started.token(), "where is my parcel");

    assertThat(events.ofType(MessagePosted.class))
        .extracting(MessagePosted::messageId)
        .containsExactly(1, 2, 3);
  }

  @Test
  @DisplayName("the transcript holds every message and the legal basis of the bot chat")
  void transcript() {
    StartedConversation started = chat.start(Language.NB);
    chat.send(started.id(), started.token(), "hvor er pakken min");

    Transcript transcript = chat.transcript(started.id(), started.token());

    assertThat(transcript.legalBasis()).isEqualTo("GDPR Art. 6(1)(b)");
    assertThat(transcript.language()).isEqualTo(Language.NB);
    assertThat(transcript.messages())
        .extracting(MessageView::author)
        .containsExactly("bot", "customer", "bot");
  }

  @Test
  @DisplayName("ending keeps the chat readable but closed, and is announced once")
  void end() {
    StartedConversation started = chat.start(Language.EN);

    chat.end(started.id(), started.token());
    chat.end(started.id(), started.token());

    assertThat(chat.transcript(started.id(), started.token()).ended()).isTrue();
    assertThat(events.ofType(ConversationEnded.class)).hasSize(1);
    assertThatThrownBy(() -> chat.send(started.id(), started.token(), "hello"))
        .isInstanceOf(ConversationEndedException.class);
  }

  @Test
  @DisplayName("deleting erases the conversation at once and tells the other contexts")
  void erase() {
    StartedConversation started = chat.start(Language.EN);

    chat.erase(started.id(), started.token());

    assertThat(repository.size()).isZero();
    assertThat(events.ofType(ConversationErased.class))
        .singleElement()
        .extracting(ConversationErased::conversation)
        .isEqualTo(started.id());
    assertThatThrownBy(() -> chat.messages(started.id(), started.token(), 0))
        .isInstanceOf(ConversationNotFoundException.class);
  }

  @Test
  @DisplayName("switching language makes the bot answer in the new one")
  void switchLanguage() {
    StartedConversation started = chat.start(Language.EN);

    chat.switchLanguage(started.id(), started.token(), Language.NB);

    assertThat(chat.transcript(started.id(), started.token()).language()).isEqualTo(Language.NB);
  }
}
