package io.postbot.chat.domain.model.conversation;

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

  /** Structured extras as JSON (quick replies, links, a tracking card); may be null. */
  @Column(length = 16000)
  private String payload;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected Message() {}

  Message(
      Conversation conversation,
      int sequence,
      Author author,
      String text,
      String intent,
      String payload,
      Instant sentAt) {
    this.id = UUID.randomUUID();
    this.conversation = conversation;
    this.sequence = sequence;
    this.author = author;
    this.text = text;
    this.intent = intent;
    this.payload = payload;
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

  public String payload() {
    return payload;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
