package io.postbot.chat.application;

import static io.postbot.chat.domain.model.conversation.ConversationFixtures.NOW;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.aConversation;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.HandoffReason;
import io.postbot.chat.api.HumanRequested;
import io.postbot.chat.api.ParcelTracked;
import io.postbot.chat.api.TrackingOutcome;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.HandoffNotice;
import io.postbot.chat.api.attachment.HandoffOffer;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.InMemoryConversationRepository;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.shared.Language;
import io.postbot.testing.RecordedEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "The bot offers a person when asked, or after two questions in a row it could not answer")
class BotOffersAPersonTest {

  InMemoryConversationRepository conversations = new InMemoryConversationRepository();
  RecordedEvents events = new RecordedEvents();
  HandoffOffers offers = new HandoffOffers();

  BotOffersAPersonTest() {
    offers.conversations = conversations;
    offers.events = events;
  }

  @Test
  @DisplayName("asking for a person gets the offer at once")
  void asked() {
    Conversation conversation = aConversation(Language.EN);
    conversations.add(conversation);
    conversation.receiveFromCustomer(new MessageText("a human please"), "talk_to_human", NOW);

    offers.onAnswered(new BotAnswered(conversation.id(), Language.EN, "talk_to_human", NOW));

    assertThat(events.ofType(HumanRequested.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HandoffReason.CUSTOMER_ASKED));
    assertThat(conversation.lastOffer()).contains(new HandoffOffer(HandoffReason.CUSTOMER_ASKED));
  }

  @Test
  @DisplayName(
      "one miss is forgiven, the second in a row brings the offer, and not again right after")
  void twoMisses() {
    Conversation conversation = aConversation(Language.NB);
    conversations.add(conversation);

    miss(conversation);
    assertThat(events.ofType(HumanRequested.class)).isEmpty();
    miss(conversation);
    assertThat(events.ofType(HumanRequested.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HandoffReason.BOT_COULD_NOT_ANSWER));
    assertThat(conversation.messages().getLast().text()).contains("person i kundeservice");
    miss(conversation);
    assertThat(events.ofType(HumanRequested.class)).hasSize(1);
  }

  @Test
  @DisplayName("an answered question in between resets the count")
  void reset() {
    Conversation conversation = aConversation(Language.EN);
    conversations.add(conversation);
    miss(conversation);
    conversation.receiveFromCustomer(new MessageText("track my parcel"), "track_parcel", NOW);
    miss(conversation);
    assertThat(events.ofType(HumanRequested.class)).isEmpty();
  }

  @Test
  @DisplayName(
      "after a chat with a person ended, two misses bring the offer again (a notice is no offer)")
  void afterAPersonLeft() {
    // given a chat whose person left: the notice carries "handoff" but offers nothing
    Conversation conversation = aConversation(Language.EN);
    conversations.add(conversation);
    conversation.noteFromSystem(
        new MessageText("Kari left the chat."),
        Attachments.of(HandoffNotice.of(HandoffNotice.Change.LEFT, new AgentName("Kari"))),
        NOW);

    // when the bot misses twice
    miss(conversation);
    miss(conversation);

    // then it offers a person
    assertThat(events.ofType(HumanRequested.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HandoffReason.BOT_COULD_NOT_ANSWER));
  }

  @Test
  @DisplayName("no offer while a person already has the conversation")
  void escalated() {
    Conversation conversation = aConversation(Language.EN);
    conversations.add(conversation);
    conversation.escalateToAgent(NOW);
    offers.onAnswered(new BotAnswered(conversation.id(), Language.EN, "talk_to_human", NOW));
    assertThat(events.all()).isEmpty();
  }

  @Test
  @DisplayName("a failed parcel lookup brings the offer; a mistyped number does not")
  void trackingFailed() {
    Conversation conversation = aConversation(Language.EN);
    conversations.add(conversation);
    offers.onTracked(
        new ParcelTracked(conversation.id(), Language.EN, TrackingOutcome.MISTYPED, NOW));
    assertThat(events.all()).isEmpty();
    offers.onTracked(
        new ParcelTracked(conversation.id(), Language.EN, TrackingOutcome.NOT_FOUND, NOW));
    assertThat(events.ofType(HumanRequested.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HandoffReason.TRACKING_FAILED));
  }

  private void miss(Conversation conversation) {
    conversation.receiveFromCustomer(
        new MessageText("what is the meaning of life"), "out_of_scope", NOW);
    conversation.answerAsBot(new MessageText("Sorry"), "out_of_scope", null, NOW);
    offers.onNotAnswered(new BotCouldNotAnswer(conversation.id(), conversation.language(), NOW));
  }
}
