package io.postbot.handoff.domain.model.agentchat;

import io.postbot.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An internal note on an agent chat: for colleagues only, never shown to the customer. */
@Entity
@Table(name = "handoff_note")
public class AgentNote {

  public static final int MAX_LENGTH = 2000;

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "conversation_id")
  private AgentChat chat;

  @Column(nullable = false, length = 32)
  private String author;

  @Column(nullable = false, length = MAX_LENGTH)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected AgentNote() {}

  AgentNote(AgentChat chat, String author, String text, Instant writtenAt) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("invalid-note", "note.required", "a note needs text");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "invalid-note", "note.too-long", "a note has at most 2000 characters");
    }
    this.id = UUID.randomUUID();
    this.chat = chat;
    this.author = author;
    this.text = text.strip();
    this.writtenAt = writtenAt;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
