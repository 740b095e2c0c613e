package io.postbot.chat.application;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.AgentTranscript;
import io.postbot.chat.api.ConversationHandoff;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.chat.api.MessagePosted;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.attachment.Attachment;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Author;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;

/** The chat side of a handoff: escalation, agent messages and notices, the agent's transcript. */
@ApplicationScoped
@Transactional
public class ConversationHandoffService implements ConversationHandoff {

  @Inject ConversationRepository conversations;
  @Inject Event<Object> events;
  @Inject Clock clock;

  protected ConversationHandoffService() {}

  /** For tests outside the container. */
  public ConversationHandoffService(
      ConversationRepository conversations, Event<Object> events, Clock clock) {
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Language authorise(ConversationId id, AccessToken token) {
    return conversations
        .find(id)
        .filter(c -> c.isAccessibleWith(AccessTokenHash.of(token.value())))
        .orElseThrow(ConversationNotFoundException::new)
        .language();
  }

  @Override
  public void escalate(ConversationId id) {
    writable(id).escalateToAgent(clock.instant());
  }

  @Override
  public void returnToBot(ConversationId id) {
    writable(id).returnToBot(clock.instant());
  }

  @Override
  public MessageView postAgentMessage(ConversationId id, AgentName agent, String text) {
    Message message = writable(id).receiveFromAgent(new MessageText(text), agent, clock.instant());
    events.fire(new MessagePosted(id, message.sequence()));
    return ChatService.view(message);
  }

  @Override
  public MessageView postSystemNotice(ConversationId id, String text, Attachment attachment) {
    Message message =
        writable(id)
            .noteFromSystem(new MessageText(text), Attachments.of(attachment), clock.instant());
    events.fire(new MessagePosted(id, message.sequence()));
    return ChatService.view(message);
  }

  @Override
  public AgentTranscript transcriptForAgent(ConversationId id) {
    Conversation conversation = conversation(id);
    var intents =
        conversation.messages().stream()
            .filter(m -> m.author() == Author.CUSTOMER && m.intent() != null)
            .map(Message::intent)
            .filter(i -> !i.equals(IntentId.OUT_OF_SCOPE.value()))
            .distinct()
            .toList();
    return new AgentTranscript(
        id,
        conversation.language(),
        conversation.startedAt(),
        intents,
        conversation.messages().stream().map(ChatService::view).toList());
  }

  /** The conversation to change, locked against its other writers until the transaction ends. */
  private Conversation writable(ConversationId id) {
    Objects.requireNonNull(id, "conversation id");
    return conversations.findForAppend(id).orElseThrow(ConversationNotFoundException::new);
  }

  private Conversation conversation(ConversationId id) {
    Objects.requireNonNull(id, "conversation id");
    return conversations.find(id).orElseThrow(ConversationNotFoundException::new);
  }
}
