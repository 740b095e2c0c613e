package io.postbot.handoff.domain.model.queue;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A customer waiting for a person. Holds no contact details: only the conversation, its language,
 * the bot's summary of what was asked (intents) and the times that measure the wait. An entry is
 * taken by exactly one agent; in the database this is a conditional update on its state, so two
 * agents on two servers cannot both take it.
 */
@Entity
@Table(name = "handoff_queue_entry")
public class QueueEntry {

  @Id
  @Column(name = "conversation_id")
  private UUID conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private QueueState state;

  /** The intents the bot recognised, comma-separated; never the customer's text. */
  @Column(length = 512)
  private String intents;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "taken_at")
  private Instant takenAt;

  @Column(name = "taken_by", length = 32)
  private String takenBy;

  @Column(name = "left_at")
  private Instant leftAt;

  @Version private long version;

  protected QueueEntry() {}

  private QueueEntry(ConversationId id, Language language, List<String> intents, Instant now) {
    this.conversationId = id.value();
    this.language = language;
    this.intents = String.join(",", intents);
    if (this.intents.length() > 512) {
      this.intents = this.intents.substring(0, this.intents.lastIndexOf(',', 511));
    }
    this.state = QueueState.WAITING;
    this.queuedAt = now;
  }

  /** The customer joins the end of the queue. */
  public static QueueEntry join(
      ConversationId id, Language language, List<String> intents, Instant now) {
    return new QueueEntry(id, language, intents, now);
  }

  /** The customer who left comes back: to the end of the queue. */
  public void rejoin(Instant now) {
    if (state != QueueState.LEFT) {
      throw new StateConflictException(
          "handoff-already-requested",
          "handoff.already-queued",
          "you are already in the queue or with an agent");
    }
    state = QueueState.WAITING;
    queuedAt = now;
    leftAt = null;
  }

  /** An agent takes the customer (in memory; the database does it with a conditional update). */
  public boolean take(String agent, Instant now) {
    if (state != QueueState.WAITING) {
      return false;
    }
    state = QueueState.TAKEN;
    takenBy = agent;
    takenAt = now;
    return true;
  }

  /** The customer stops waiting; true if they were waiting. */
  public boolean leave(Instant now) {
    if (state != QueueState.WAITING) {
      return false;
    }
    state = QueueState.LEFT;
    leftAt = now;
    return true;
  }

  public Duration waitedUntil(Instant now) {
    return Duration.between(queuedAt, takenAt != null ? takenAt : now);
  }

  public ConversationId conversation() {
    return new ConversationId(conversationId);
  }

  public Language language() {
    return language;
  }

  public QueueState state() {
    return state;
  }

  public boolean isWaiting() {
    return state == QueueState.WAITING;
  }

  public List<String> intents() {
    return intents == null || intents.isEmpty() ? List.of() : Arrays.asList(intents.split(","));
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public String takenBy() {
    return takenBy;
  }
}
