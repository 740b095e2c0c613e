package io.postbot.chat.domain.model.conversation;

import io.postbot.chat.api.attachment.Attachments;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message of a conversation. Its sequence number orders the conversation and is the resume
 * point a client gives to fetch what it missed.
 */
@Entity
@Table(name = "chat_message")
public class Message {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "conversation_id")
  private Conversation conversation;

  @Column(nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Author author;

  @Column(nullable = false, length = MessageText.MAX_LENGTH * 4)
  private String text;

  /** Intent the bot understood (customer messages) or answered (bot messages); may be null. */
  @Column(length = 64)
  private String intent;

  /**
   * Typed extras (quick replies, links, a tracking card, a handoff offer...), stored in the one
   * JSON form of {@code AttachmentsJson} by the persistence adapter's converter; null when none.
   */
  @Column(name = "payload", length = 16000)
  private Attachments attachments;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected Message() {}

  Message(
      Conversation conversation,
      int sequence,
      Author author,
      String text,
      String intent,
      Attachments attachments,
      Instant sentAt) {
    this.id = UUID.randomUUID();
    this.conversation = conversation;
    this.sequence = sequence;
    this.author = author;
    this.text = text;
    this.intent = intent;
    this.attachments = attachments == null || attachments.isEmpty() ? null : attachments;
    this.sentAt = sentAt;
  }

  public int sequence() {
    return sequence;
  }

  public Author author() {
    return author;
  }

  public String text() {
    return text;
  }

  public String intent() {
    return intent;
  }

  public Attachments attachments() {
    return attachments == null ? Attachments.none() : attachments;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
