package io.postbot.handoff.api;

import io.postbot.chat.api.AgentTranscript;
import java.util.List;

/**
 * Everything an agent sees of a chat: the summary, the customer's contact details, the legal basis
 * they are processed on, internal notes and the whole conversation, bot part included.
 */
public record AgentChatView(
    ChatSummary summary,
    String name,
    String email,
    String phone,
    String legalBasis,
    List<Note> notes,
    AgentTranscript transcript,
    boolean customerTyping) {

  /** An internal note; never shown to the customer. */
  public record Note(String author, String text, java.time.Instant at) {}
}
