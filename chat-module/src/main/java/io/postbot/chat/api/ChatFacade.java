package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.util.List;

/**
 * What the rest of the system may ask of the chat context: start a conversation, let the customer
 * write to the bot, read, download, end or delete the conversation. Every call on an existing
 * conversation needs its access token; a wrong one is treated as a conversation that does not
 * exist.
 */
public interface ChatFacade {

  StartedConversation start(Language language);

  /**
   * Stores the customer's message, then answers with it as stored and the messages the bot replied.
   * A message with a valid tracking number in it is tracked, whatever else it says. A conversation
   * that has reached its maximum length takes no more: {@link ConversationFullException}.
   */
  Exchange send(ConversationId id, AccessToken token, String text);

  /**
   * The customer clicked a quick-reply button (a bot message's payload lists them as {@code
   * {"label":..., "intent":...}}): stores its label as the customer's message and answers its
   * intent directly, without classifying the label. An intent the bot does not know is answered as
   * out of scope.
   */
  Exchange choose(ConversationId id, AccessToken token, QuickReply reply);

  /** The most messages one read answers, so a read costs the same however long the chat is. */
  int PAGE = 500;

  /**
   * At most {@code limit} messages after the given id (0 from the start), in order; only those are
   * read, not the whole conversation. A client pages on from the last id it got.
   */
  List<MessageView> messages(ConversationId id, AccessToken token, int after, int limit);

  /** The messages after the given id (0 from the start), at most {@link #PAGE} of them. */
  default List<MessageView> messages(ConversationId id, AccessToken token, int after) {
    return messages(id, token, after, PAGE);
  }

  /** The whole conversation with its legal basis, for the customer's download. */
  Transcript transcript(ConversationId id, AccessToken token);

  /** The customer ends the chat: nothing more can be written; it is kept until retention. */
  void end(ConversationId id, AccessToken token);

  /**
   * The customer deletes the chat: the conversation and its messages are erased at once and for
   * good, and {@link ConversationErased} tells the other contexts to erase theirs.
   */
  void erase(ConversationId id, AccessToken token);

  /** The customer switches language; the bot answers in the new one from the next message on. */
  void switchLanguage(ConversationId id, AccessToken token, Language language);
}
