package io.postbot.chat.api.attachment;

/**
 * The invitation, after a chat with a person, to rate it: the survey's token, 43 characters of
 * base64url, which opens the survey without any other personal data.
 */
public record SurveyInvitation(String token) implements Attachment {

  public SurveyInvitation {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      throw new IllegalArgumentException("a survey token is 43 characters of base64url");
    }
  }
}
