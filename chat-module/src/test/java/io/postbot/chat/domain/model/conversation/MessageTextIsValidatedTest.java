package io.postbot.chat.domain.model.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A message text is validated when built")
class MessageTextIsValidatedTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u0000\u0007"})
  @DisplayName("blank text is refused")
  void blank(String text) {
    assertThatThrownBy(() -> new MessageText(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  @DisplayName("text longer than the limit is refused, text at the limit is kept")
  void length() {
    assertThat(new MessageText("a".repeat(MessageText.MAX_LENGTH)).value())
        .hasSize(MessageText.MAX_LENGTH);
    assertThatThrownBy(() -> new MessageText("a".repeat(MessageText.MAX_LENGTH + 1)))
        .hasMessageContaining("longer than 2000");
  }

  @Test
  @DisplayName("control characters are removed, line breaks kept, and toString hides the text")
  void controlCharacters() {
    MessageText text = new MessageText("  hello\u0000\nworld\u001b ");

    assertThat(text.value()).isEqualTo("hello\nworld");
    assertThat(text.toString()).doesNotContain("hello");
  }
}
