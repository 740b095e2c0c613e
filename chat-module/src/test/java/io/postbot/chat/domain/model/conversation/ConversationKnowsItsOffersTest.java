package io.postbot.chat.domain.model.conversation;

import static io.postbot.chat.domain.model.conversation.ConversationFixtures.NOW;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.aConversation;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.HandoffReason;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.HandoffNotice;
import io.postbot.chat.api.attachment.HandoffOffer;
import io.postbot.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A conversation answers typed questions about offers of a person")
class ConversationKnowsItsOffersTest {

  private final Conversation conversation = aConversation(Language.EN);

  @Test
  @DisplayName("the last offer is the newest message with an offer; notices are no offers")
  void lastOffer() {
    assertThat(conversation.lastOffer()).isEmpty();

    offer(HandoffReason.BOT_COULD_NOT_ANSWER);
    offer(HandoffReason.TRACKING_FAILED);
    notice(HandoffNotice.Change.QUEUED);

    assertThat(conversation.lastOffer()).contains(new HandoffOffer(HandoffReason.TRACKING_FAILED));
  }

  @Test
  @DisplayName("unanswered questions in a row are counted back to an answered one or an offer")
  void unansweredInARow() {
    miss();
    offer(HandoffReason.BOT_COULD_NOT_ANSWER);
    assertThat(conversation.unansweredInARow()).isZero();

    miss();
    miss();
    assertThat(conversation.unansweredInARow()).isEqualTo(2);

    conversation.receiveFromCustomer(new MessageText("track it"), "track_parcel", NOW);
    miss();
    assertThat(conversation.unansweredInARow()).isEqualTo(1);
  }

  @Test
  @DisplayName("a handoff notice (a person left) does not reset the count as an offer would")
  void noticeIsNoOffer() {
    // given an earlier offer, a chat with a person that ended, then two questions the bot missed
    offer(HandoffReason.CUSTOMER_ASKED);
    notice(HandoffNotice.Change.QUEUED);
    conversation.noteFromSystem(
        new MessageText("Kari left the chat."),
        Attachments.of(HandoffNotice.of(HandoffNotice.Change.LEFT, new AgentName("Kari"))),
        NOW);
    miss();
    miss();

    // then both count: the notice's "handoff" is not taken for an offer
    assertThat(conversation.unansweredInARow()).isEqualTo(2);
  }

  private void miss() {
    conversation.receiveFromCustomer(new MessageText("weather?"), "out_of_scope", NOW);
    conversation.answerAsBot(new MessageText("Sorry"), "out_of_scope", Attachments.none(), NOW);
  }

  private void offer(HandoffReason reason) {
    conversation.noteFromSystem(
        new MessageText("A person?"), Attachments.of(new HandoffOffer(reason)), NOW);
  }

  private void notice(HandoffNotice.Change change) {
    conversation.noteFromSystem(
        new MessageText("Notice"), Attachments.of(HandoffNotice.of(change)), NOW);
  }
}
