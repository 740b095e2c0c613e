package io.postbot.web.chat;

import java.util.List;

/** The JSON bodies of the conversation API. */
final class ConversationRequests {

  private ConversationRequests() {}

  /** Body of POST /conversations: the language to chat in ("en" or "nb"). */
  public record Start(String language) {}

  /**
   * Body of POST /conversations/{id}/messages: what the customer wrote, or the quick-reply button
   * they clicked ({@code intent}, with its {@code label}, or its label as {@code text}).
   */
  public record Send(String text, String intent, String label) {}

  /** Body of PUT /conversations/{id}/language. */
  public record LanguageChoice(String language) {}

  /** Answer to POST /conversations: the id, the customer's secret token and the greeting. */
  public record Started(String id, String token, String language, List<MessageJson> messages) {}

  /**
   * Answer to POST /conversations/{id}/messages: the customer's message as stored, with the id and
   * time the server gave it, and the replies it got (none while a person answers).
   */
  public record Sent(MessageJson sent, List<MessageJson> messages) {}

  /** A list of messages. */
  public record Messages(List<MessageJson> messages) {}
}
