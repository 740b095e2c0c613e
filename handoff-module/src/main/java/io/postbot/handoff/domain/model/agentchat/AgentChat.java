package io.postbot.handoff.domain.model.agentchat;

import io.postbot.handoff.domain.model.contact.ContactDetails;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.FreeText;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import io.postbot.shared.StateConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's contact with a person in customer service, for one conversation: the contact details
 * given while queued (legal basis GDPR Art. 6(1)(f), the carrier's legitimate interest in following
 * the query up), the agent handling it, internal notes the customer never sees, and the category
 * the agent closes it with, which decides how long it is kept (complaints 3.5 years, others 1.5).
 * The messages themselves live in the chat conversation.
 */
@Entity
@Table(name = "handoff_agent_chat")
public class AgentChat {

  @Id
  @Column(name = "conversation_id")
  private UUID conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Embedded private ContactDetails contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 32)
  private LegalBasis legalBasis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AgentChatState state;

  @Column(length = 32)
  private String agent;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private ContactCategory category;

  /** What the customer wrote when leaving a message outside opening hours. */
  @Column(name = "offline_message", length = 2000)
  private String offlineMessage;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "taken_at")
  private Instant takenAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  @OneToMany(mappedBy = "chat", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("writtenAt")
  private List<AgentNote> notes = new ArrayList<>();

  protected AgentChat() {}

  private AgentChat(
      ConversationId id,
      Language language,
      ContactDetails contact,
      AgentChatState state,
      Instant now) {
    this.conversationId = id.value();
    this.language = Objects.requireNonNull(language, "language");
    this.contact = Objects.requireNonNull(contact, "contact details");
    this.legalBasis = LegalBasis.LEGITIMATE_INTEREST;
    this.state = state;
    this.queuedAt = now;
  }

  /** The customer gave their contact details and waits for a person. */
  public static AgentChat queued(
      ConversationId id, Language language, ContactDetails contact, Instant now) {
    return new AgentChat(id, language, contact, AgentChatState.WAITING, now);
  }

  /** Outside opening hours, the customer leaves a message and contact details to be answered. */
  public static AgentChat offlineRequest(
      ConversationId id, Language language, ContactDetails contact, String text, Instant now) {
    String message = FreeText.clean(text);
    if (message == null || message.isBlank()) {
      throw new InvalidInputException(
          "invalid-contact-details",
          "offline.message-required",
          "please write what we can help you with");
    }
    if (message.length() > 2000) {
      throw new InvalidInputException(
          "invalid-contact-details",
          "offline.message-too-long",
          "a message has at most 2000 characters");
    }
    AgentChat chat = new AgentChat(id, language, contact, AgentChatState.OFFLINE_REQUEST, now);
    chat.offlineMessage = message.strip();
    return chat;
  }

  /** The customer who left the queue comes back, possibly with corrected details. */
  public void requeue(ContactDetails newContact, Instant now) {
    if (state != AgentChatState.LEFT) {
      throw new StateConflictException(
          "handoff-already-requested",
          "handoff.already-queued",
          "you are already in the queue or with an agent");
    }
    contact = Objects.requireNonNull(newContact);
    state = AgentChatState.WAITING;
    queuedAt = now;
    closedAt = null;
  }

  /** An agent took the customer from the queue (the queue decided who, exactly once). */
  public void assignTo(String agentUsername, Instant now) {
    if (state != AgentChatState.WAITING) {
      throw new StateConflictException(
          "chat-not-waiting", "chat.not-waiting", "this chat is not waiting for an agent");
    }
    agent = Objects.requireNonNull(agentUsername);
    takenAt = now;
    state = AgentChatState.IN_PROGRESS;
  }

  /** The customer stopped waiting; the contact details stay for the retention period. */
  public void leaveQueue(Instant now) {
    if (state == AgentChatState.WAITING) {
      state = AgentChatState.LEFT;
      closedAt = now;
    }
  }

  /** The agent hands the chat to a colleague. */
  public void transferTo(String otherAgent) {
    if (state != AgentChatState.IN_PROGRESS) {
      throw new StateConflictException(
          "chat-not-in-progress",
          "chat.not-in-progress",
          "only a chat in progress can be transferred");
    }
    if (Objects.requireNonNull(otherAgent).equals(agent)) {
      throw new InvalidInputException(
          "invalid-transfer", "transfer.same-agent", "the chat is already with this agent");
    }
    agent = otherAgent;
  }

  /** An internal note for colleagues; the customer never sees it. */
  public AgentNote addNote(String author, String text, Instant now) {
    if (state == AgentChatState.CLOSED) {
      throw new StateConflictException("chat-closed", "chat.closed", "the chat is closed");
    }
    AgentNote note = new AgentNote(this, author, FreeText.clean(text), now);
    notes.add(note);
    return note;
  }

  /**
   * Closes the chat, or answers an offline request, with the category that decides how long it is
   * kept. A category is required.
   */
  public void close(ContactCategory category, String byAgent, Instant now) {
    if (category == null) {
      throw new InvalidInputException(
          "invalid-closing", "closing.category", "choose a category to close the chat");
    }
    if (state != AgentChatState.IN_PROGRESS && state != AgentChatState.OFFLINE_REQUEST) {
      throw new StateConflictException(
          "chat-not-in-progress",
          "chat.not-closable",
          "only a chat in progress or an offline request can be closed");
    }
    if (agent == null) {
      agent = byAgent;
      takenAt = now;
    }
    this.category = category;
    this.closedAt = now;
    this.state = AgentChatState.CLOSED;
  }

  /** How long the agent spent on it, from taking to closing; empty until closed. */
  public Optional<Duration> handlingTime() {
    return takenAt == null || closedAt == null || state != AgentChatState.CLOSED
        ? Optional.empty()
        : Optional.of(Duration.between(takenAt, closedAt));
  }

  public boolean isHandledBy(String username) {
    return username != null && username.equals(agent);
  }

  public ConversationId conversation() {
    return new ConversationId(conversationId);
  }

  public Language language() {
    return language;
  }

  public ContactDetails contact() {
    return contact;
  }

  public LegalBasis legalBasis() {
    return legalBasis;
  }

  public AgentChatState state() {
    return state;
  }

  public String agent() {
    return agent;
  }

  public ContactCategory category() {
    return category;
  }

  public String offlineMessage() {
    return offlineMessage;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public List<AgentNote> notes() {
    return Collections.unmodifiableList(notes);
  }
}
