package io.postbot.web.chat;

import java.util.List;

/** The JSON bodies of the conversation API. */
final class ConversationRequests {

  private ConversationRequests() {}

  /** Body of POST /conversations: the language to chat in ("en" or "nb"). */
  public record Start(String language) {}

  /**
   * Body of POST /conversations/{id}/messages: what the customer wrote. A quick-reply button also
   * sends its intent; it is accepted now and answered directly once the chat facade can choose an
   * intent (until then the label is understood like typed text).
   */
  public record Send(String text, String intent) {}

  /** Body of PUT /conversations/{id}/language. */
  public record LanguageChoice(String language) {}

  /** Answer to POST /conversations: the id, the customer's secret token and the greeting. */
  public record Started(String id, String token, String language, List<MessageJson> messages) {}

  /** A list of messages. */
  public record Messages(List<MessageJson> messages) {}
}
