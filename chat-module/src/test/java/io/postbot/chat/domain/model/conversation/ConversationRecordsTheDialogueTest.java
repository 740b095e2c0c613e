package io.postbot.chat.domain.model.conversation;

import static io.postbot.chat.domain.model.conversation.ConversationFixtures.NOW;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.aConversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A conversation records the dialogue between customer and bot")
class ConversationRecordsTheDialogueTest {

  @Test
  @DisplayName("a new conversation is with the bot, under GDPR Art. 6(1)(b), and empty")
  void newConversation() {
    Conversation conversation = aConversation(Language.NB);

    assertThat(conversation.state()).isEqualTo(ConversationState.WITH_BOT);
    assertThat(conversation.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
    assertThat(conversation.legalBasis().citation()).isEqualTo("GDPR Art. 6(1)(b)");
    assertThat(conversation.language()).isEqualTo(Language.NB);
    assertThat(conversation.messages()).isEmpty();
  }

  @Test
  @DisplayName("messages are numbered in order and the last activity moves with them")
  void messagesInOrder() {
    Conversation conversation = aConversation(Language.EN);

    conversation.answerAsBot(new MessageText("Hi!"), "greeting", null, NOW);
    conversation.receiveFromCustomer(
        new MessageText("where is my parcel"), "track_parcel", NOW.plusSeconds(5));
    conversation.answerAsBot(
        new MessageText("What is the number?"), "track_parcel", null, NOW.plusSeconds(6));

    assertThat(conversation.messages())
        .extracting(Message::sequence, Message::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Author.BOT),
            org.assertj.core.groups.Tuple.tuple(2, Author.CUSTOMER),
            org.assertj.core.groups.Tuple.tuple(3, Author.BOT));
    assertThat(conversation.lastActivityAt()).isEqualTo(NOW.plusSeconds(6));
    assertThat(conversation.messagesAfter(2))
        .extracting(Message::text)
        .containsExactly("What is the number?");
  }

  @Test
  @DisplayName("an ended conversation takes no more messages")
  void endedConversation() {
    Conversation conversation = aConversation(Language.EN);
    conversation.end(NOW);

    assertThatThrownBy(() ->
            conversation.receiveFromCustomer(new MessageText("hello?"), null, NOW.plusSeconds(1)))
        .isInstanceOf(ConversationEndedException.class);
    assertThat(conversation.state()).isEqualTo(ConversationState.ENDED);
  }

  @Test
  @DisplayName("escalating hands the conversation to a person")
  void escalation() {
    Conversation conversation = aConversation(Language.EN);

    conversation.escalateToAgent(NOW.plusSeconds(30));

    assertThat(conversation.state()).isEqualTo(ConversationState.ESCALATED);
    assertThat(conversation.lastActivityAt()).isEqualTo(NOW.plusSeconds(30));
  }
}
