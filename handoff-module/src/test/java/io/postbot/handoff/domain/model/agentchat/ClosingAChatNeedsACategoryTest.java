package io.postbot.handoff.domain.model.agentchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.handoff.domain.model.contact.ContactDetails;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Closing an agent chat needs a category, which decides how long it is kept")
class ClosingAChatNeedsACategoryTest {

  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  static final ContactDetails KARI = ContactDetails.of("Kari", "kari@example.no", "91234567");

  @Test
  @DisplayName(
      "a chat in progress closes with its category; handling time runs from taking to closing")
  void closes() {
    AgentChat chat = AgentChat.queued(ConversationId.newId(), Language.NB, KARI, T0);
    chat.assignTo("kari.agent", T0.plusSeconds(60));
    chat.addNote("kari.agent", "customer will send photos", T0.plusSeconds(90));

    chat.close(ContactCategory.COMPLAINT, "kari.agent", T0.plusSeconds(360));

    assertThat(chat.state()).isEqualTo(AgentChatState.CLOSED);
    assertThat(chat.category().isComplaint()).isTrue();
    assertThat(chat.handlingTime()).hasValue(Duration.ofMinutes(5));
    assertThat(chat.legalBasis()).isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
  }

  @Test
  @DisplayName("without a category the chat stays open")
  void needsCategory() {
    AgentChat chat = AgentChat.queued(ConversationId.newId(), Language.EN, KARI, T0);
    chat.assignTo("ola", T0);
    assertThatThrownBy(() -> chat.close(null, "ola", T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(chat.state()).isEqualTo(AgentChatState.IN_PROGRESS);
  }

  @Test
  @DisplayName("a waiting chat cannot be closed, nor a closed one closed again")
  void onlyInProgress() {
    AgentChat chat = AgentChat.queued(ConversationId.newId(), Language.EN, KARI, T0);
    assertThatThrownBy(() -> chat.close(ContactCategory.ADVICE, "ola", T0))
        .isInstanceOf(IllegalStateException.class);
    chat.assignTo("ola", T0);
    chat.close(ContactCategory.ADVICE, "ola", T0);
    assertThatThrownBy(() -> chat.close(ContactCategory.OTHER, "ola", T0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("an offline request is answered by closing it with a category")
  void offline() {
    AgentChat chat =
        AgentChat.offlineRequest(ConversationId.newId(), Language.NB, KARI, "Pakken er skadet", T0);
    chat.close(ContactCategory.INFORMATION, "ola", T0.plusSeconds(3600));
    assertThat(chat.agent()).isEqualTo("ola");
    assertThat(chat.state()).isEqualTo(AgentChatState.CLOSED);
  }

  @Test
  @DisplayName("a chat is transferred to another agent only while in progress")
  void transfer() {
    AgentChat chat = AgentChat.queued(ConversationId.newId(), Language.EN, KARI, T0);
    assertThatThrownBy(() -> chat.transferTo("ola")).isInstanceOf(IllegalStateException.class);
    chat.assignTo("kari.agent", T0);
    chat.transferTo("ola");
    assertThat(chat.isHandledBy("ola")).isTrue();
  }
}
