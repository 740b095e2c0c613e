package io.postbot.handoff.domain.model.agentchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.handoff.domain.model.contact.ContactDetails;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Offline messages and notes are stored without control characters")
class OfflineMessagesAndNotesAreCleanedTest {

  static final Instant NOW = Instant.parse("2026-11-30T11:00:00Z");
  static final ContactDetails KARI = ContactDetails.of("Kari", "kari@example.no", "91234567");

  @Test
  @DisplayName("a NUL in an offline message is removed; one of controls only is refused")
  void offline() {
    AgentChat chat =
        AgentChat.offlineRequest(
            ConversationId.newId(), Language.EN, KARI, "Please\u0000 call\u001b me", NOW);
    assertThat(chat.offlineMessage()).isEqualTo("Please call me");
    assertThatThrownBy(() ->
            AgentChat.offlineRequest(
                ConversationId.newId(), Language.EN, KARI, "\u0000\u0000", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a note keeps its line breaks and loses its controls")
  void note() {
    AgentChat chat = AgentChat.offlineRequest(ConversationId.newId(), Language.EN, KARI, "Hi", NOW);
    assertThat(chat.addNote("anna", "called\u0000\r\nno answer", NOW).text())
        .isEqualTo("called\nno answer");
  }
}
