package io.postbot.chat.domain.model.conversation;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.chat.api.attachment.AgentSignature;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.chat.api.attachment.HandoffOffer;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's chat with the carrier: it starts with the bot, may be escalated to a person, and
 * ends when the customer closes it. Only the customer who holds the access token may read or add to
 * it. The legal basis of the bot conversation is GDPR Art. 6(1)(b): the processing is needed to
 * answer the query. Its last activity decides when retention erases it. While the bot waits for the
 * answer to a question it asked (a tracking number), the conversation remembers that question.
 */
@Entity
@Table(name = "chat_conversation")
public class Conversation {

  @Id private UUID id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 32)
  private LegalBasis legalBasis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ConversationState state;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  /** What the bot asked and waits for; null when it waits for nothing in particular. */
  @Enumerated(EnumType.STRING)
  @Column(name = "pending_question", length = 32)
  private PendingQuestion pendingQuestion;

  /** When the customer was handed to a person; kept after the end, it picks the retention rule. */
  @Column(name = "escalated_at")
  private Instant escalatedAt;

  /** How many messages it has: the last sequence number handed out, taken under the row lock. */
  @Column(name = "message_count", nullable = false)
  private int messageCount;

  @Version private long version;

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<Message> messages = new ArrayList<>();

  protected Conversation() {}

  private Conversation(
      ConversationId id, AccessTokenHash tokenHash, Language language, Instant now) {
    this.id = id.value();
    this.tokenHash = tokenHash.hex();
    this.language = language;
    this.legalBasis = LegalBasis.CONTRACT;
    this.state = ConversationState.WITH_BOT;
    this.startedAt = now;
    this.lastActivityAt = now;
  }

  /** Opens a new conversation with the bot, protected by the hash of the customer's token. */
  public static Conversation start(
      ConversationId id, AccessTokenHash tokenHash, Language language, Instant now) {
    return new Conversation(id, tokenHash, language, now);
  }

  /** True when the presented token is this conversation's own. */
  public boolean isAccessibleWith(AccessTokenHash presented) {
    return new AccessTokenHash(tokenHash).matches(presented);
  }

  /** Records what the customer wrote, with the intent the bot understood (may be null). */
  public Message receiveFromCustomer(MessageText text, String understoodIntent, Instant now) {
    requireOpen();
    return append(Author.CUSTOMER, text.value(), understoodIntent, Attachments.none(), now);
  }

  /** Records the bot's answer, with the intent it answers and any structured extras. */
  public Message answerAsBot(
      MessageText text, String intent, Attachments attachments, Instant now) {
    requireOpen();
    return append(Author.BOT, text.value(), intent, attachments, now);
  }

  /** The bot asked the customer something and reads the next message as the answer. */
  public void awaitAnswerTo(PendingQuestion question) {
    requireOpen();
    pendingQuestion = Objects.requireNonNull(question, "question");
  }

  /** The pending question got its answer, or the customer moved on to something else. */
  public void settlePendingQuestion() {
    pendingQuestion = null;
  }

  /** True while the bot waits for the answer to this question. */
  public boolean isAwaitingAnswerTo(PendingQuestion question) {
    return pendingQuestion == question;
  }

  /** Hands the conversation to a person; the bot stops answering. */
  public void escalateToAgent(Instant now) {
    requireOpen();
    state = ConversationState.ESCALATED;
    pendingQuestion = null;
    lastActivityAt = now;
    escalatedAt = escalatedAt == null ? now : escalatedAt;
  }

  /** Records what an agent wrote to the customer, signed with the agent's shown name. */
  public Message receiveFromAgent(MessageText text, AgentName agent, Instant now) {
    requireOpen();
    return append(Author.AGENT, text.value(), null, Attachments.of(new AgentSignature(agent)), now);
  }

  /** Records a notice of the service itself ("an agent joined"). */
  public Message noteFromSystem(MessageText text, Instant now) {
    return noteFromSystem(text, Attachments.none(), now);
  }

  /** Records a notice of the service with its extras (a handoff offer, a survey invitation). */
  public Message noteFromSystem(MessageText text, Attachments attachments, Instant now) {
    return append(Author.SYSTEM, text.value(), null, attachments, now);
  }

  /** The last time the bot offered a person, if it did. */
  public Optional<HandoffOffer> lastOffer() {
    return messages.reversed().stream()
        .flatMap(m -> m.attachments().find(HandoffOffer.class).stream())
        .findFirst();
  }

  /**
   * How many of the customer's last messages in a row, since the last offer of a person, the bot
   * could not answer (understood as out of scope).
   */
  public int unansweredInARow() {
    return unansweredInARow(messages);
  }

  /** The same count over some last messages of a conversation, in order (enough to decide). */
  public static int unansweredInARow(List<Message> messages) {
    int misses = 0;
    for (Message m : messages.reversed()) {
      if (m.attachments().find(HandoffOffer.class).isPresent()) {
        break;
      }
      if (m.author() == Author.CUSTOMER) {
        if (!WellKnownIntent.OUT_OF_SCOPE.is(m.intent())) {
          break;
        }
        misses++;
      }
    }
    return misses;
  }

  /** The person is done or the customer left the queue: the bot answers again. */
  public void returnToBot(Instant now) {
    if (state == ConversationState.ESCALATED) {
      state = ConversationState.WITH_BOT;
      lastActivityAt = now;
    }
  }

  /** True while a person, not the bot, answers the customer. */
  public boolean isWithAgent() {
    return state == ConversationState.ESCALATED;
  }

  /** The customer ends the chat; it is kept until retention erases it, unless deleted now. */
  public void end(Instant now) {
    if (state != ConversationState.ENDED) {
      state = ConversationState.ENDED;
      endedAt = now;
      lastActivityAt = now;
    }
  }

  /** The customer chose another language; the bot answers in it from the next message on. */
  public void switchLanguage(Language newLanguage, Instant now) {
    requireOpen();
    language = java.util.Objects.requireNonNull(newLanguage, "language");
    lastActivityAt = now;
  }

  /** Messages after the given sequence number, in order (0 for all). */
  public List<Message> messagesAfter(int sequence) {
    return messages.stream().filter(m -> m.sequence() > sequence).toList();
  }

  private Message append(
      Author author, String text, String intent, Attachments attachments, Instant now) {
    // Adding to the unread collection queues the insert: the earlier messages are not loaded.
    messageCount++;
    Message message = new Message(this, messageCount, author, text, intent, attachments, now);
    messages.add(message);
    lastActivityAt = now;
    return message;
  }

  private void requireOpen() {
    if (state == ConversationState.ENDED) {
      throw new ConversationEndedException();
    }
  }

  public ConversationId id() {
    return new ConversationId(id);
  }

  public Language language() {
    return language;
  }

  public LegalBasis legalBasis() {
    return legalBasis;
  }

  public Optional<PendingQuestion> pendingQuestion() {
    return Optional.ofNullable(pendingQuestion);
  }

  public ConversationState state() {
    return state;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public boolean isEnded() {
    return state == ConversationState.ENDED;
  }

  /** When it was handed to an agent, if ever: such a chat is kept by the agent-chat rule. */
  public java.util.Optional<Instant> escalatedAt() {
    return java.util.Optional.ofNullable(escalatedAt);
  }

  /** When the customer ended it, if they did. */
  public java.util.Optional<Instant> endedAt() {
    return java.util.Optional.ofNullable(endedAt);
  }

  /** How many messages it holds; the last one's sequence number. */
  public int messageCount() {
    return messageCount;
  }

  public List<Message> messages() {
    return Collections.unmodifiableList(messages);
  }
}
