package io.postbot.chat.domain.model.conversation;

import static io.postbot.chat.domain.model.conversation.ConversationFixtures.TOKEN;
import static io.postbot.chat.domain.model.conversation.ConversationFixtures.aConversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Only the holder of a conversation's token opens it")
class OnlyTheTokenHolderOpensAConversationTest {

  @Test
  @DisplayName("the customer's own token opens the conversation")
  void ownToken() {
    assertThat(aConversation(Language.EN).isAccessibleWith(AccessTokenHash.of(TOKEN))).isTrue();
  }

  @Test
  @DisplayName("any other token does not, and nothing is open without one")
  void otherTokens() {
    Conversation conversation = aConversation(Language.EN);

    assertThat(conversation.isAccessibleWith(AccessTokenHash.of(TOKEN + "x"))).isFalse();
    assertThat(conversation.isAccessibleWith(null)).isFalse();
  }

  @Test
  @DisplayName("only a SHA-256 digest is kept, never the token")
  void onlyTheHash() {
    AccessTokenHash hash = AccessTokenHash.of(TOKEN);

    assertThat(hash.hex()).hasSize(64).doesNotContain(TOKEN);
    assertThatThrownBy(() -> new AccessTokenHash(TOKEN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
