package io.postbot.chat.api;

/**
 * One thing wrong with content an administrator wants to save, import or publish.
 *
 * @param intent the intent it concerns, or null when it concerns the content as a whole or a file
 * @param message what is wrong, in words an editor can act on
 */
public record ContentProblem(String intent, String message) {

  @Override
  public String toString() {
    return intent == null ? message : intent + ": " + message;
  }
}
