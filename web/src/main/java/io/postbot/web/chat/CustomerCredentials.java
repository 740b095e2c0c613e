package io.postbot.web.chat;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.shared.ConversationId;

/**
 * Reads the conversation id of the path and the bearer token of the Authorization header. Anything
 * malformed or missing is a conversation that does not exist for this caller: 404, never a hint.
 */
final class CustomerCredentials {

  private static final String BEARER = "Bearer ";

  private CustomerCredentials() {}

  static ConversationId conversation(String pathId) {
    try {
      return ConversationId.parse(pathId);
    } catch (IllegalArgumentException e) {
      throw new ConversationNotFoundException();
    }
  }

  static AccessToken token(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new ConversationNotFoundException();
    }
    try {
      return new AccessToken(authorization.substring(BEARER.length()).strip());
    } catch (IllegalArgumentException e) {
      throw new ConversationNotFoundException();
    }
  }
}
