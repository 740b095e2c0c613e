package io.postbot.chat.infrastructure.persistence;

import static io.postbot.chat.domain.model.conversation.ConversationFixtures.NOW;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.TOKEN;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.aConversation;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.Buttons;
import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The repository contract, run against H2 (unit tests) and PostgreSQL (integration tests) with the
 * real migrations.
 */
abstract class ConversationsArePersisted extends ChatTables {

  @Test
  @DisplayName(
      "a conversation comes back with its messages in order, its token hash and legal basis")
  void roundTrip() {
    Conversation conversation = aConversation(Language.NB);
    Attachments buttons =
        Attachments.of(
            new Buttons(
                List.of(
                    new Buttons.Reply("Spor en pakke", "track_parcel"),
                    new Buttons.Link("Posten", URI.create("https://www.posten.no/")))));
    conversation.answerAsBot(new MessageText("Hei!"), "greeting", buttons, NOW);
    conversation.receiveFromCustomer(
        new MessageText("hvor er pakken min"), "track_parcel", NOW.plusSeconds(3));
    withRepository(repository -> repository.add(conversation));

    withRepository(repository -> {
      Conversation found = repository.find(conversation.id()).orElseThrow();
      assertThat(found.isAccessibleWith(AccessTokenHash.of(TOKEN))).isTrue();
      assertThat(found.language()).isEqualTo(Language.NB);
      assertThat(found.legalBasis()).isEqualTo(conversation.legalBasis());
      assertThat(found.messages())
          .extracting(Message::text)
          .containsExactly("Hei!", "hvor er pakken min");
      assertThat(found.messages().get(0).attachments()).isEqualTo(buttons);
      assertThat(found.messages().get(1).attachments().isEmpty()).isTrue();
      assertThat(found.lastActivityAt()).isEqualTo(NOW.plusSeconds(3));
    });
  }

  @Test
  @DisplayName("erasing removes the conversation and every message at once")
  void erase() {
    Conversation conversation = aConversation(Language.EN);
    conversation.receiveFromCustomer(new MessageText("track CT797294851NO"), "track_parcel", NOW);
    withRepository(repository -> repository.add(conversation));

    withRepository(repository -> assertThat(repository.erase(conversation.id())).isTrue());

    withRepository(repository -> {
      assertThat(repository.find(conversation.id())).isEmpty();
      assertThat(repository.erase(conversation.id())).isFalse();
    });
    inTransaction((EntityManager em) -> {
      Long messages =
          em.createQuery(
                  "select count(m) from Message m where m.text like '%CT797294851NO%'", Long.class)
              .getSingleResult();
      assertThat(messages).isZero();
    });
  }

  @Test
  @DisplayName("a read by resume point and limit, and the last few, return only those messages")
  void pages() {
    Conversation conversation = aConversation(Language.EN);
    for (int i = 1; i <= 6; i++) {
      conversation.receiveFromCustomer(new MessageText("message " + i), null, NOW);
    }
    withRepository(repository -> repository.add(conversation));

    withRepository(repository -> {
      assertThat(repository.messagesAfter(conversation.id(), 2, 3))
          .extracting(Message::sequence)
          .containsExactly(3, 4, 5);
      assertThat(repository.lastMessages(conversation.id(), 2))
          .extracting(Message::text)
          .containsExactly("message 5", "message 6");
    });
  }

  @Test
  @DisplayName("an unknown id finds nothing")
  void unknown() {
    withRepository(repository -> assertThat(repository.find(ConversationId.newId())).isEmpty());
  }

  private void withRepository(Consumer<JpaConversationRepository> work) {
    inTransaction((EntityManager em) -> work.accept(new JpaConversationRepository(em)));
  }
}
