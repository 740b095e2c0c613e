package io.postbot.feedback.domain.model.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The one-time secret in a survey link: 256 random bits, URL-safe Base64. Only its SHA-256 hash is
 * stored, so the database alone cannot answer anyone's survey.
 */
public record SurveyToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public SurveyToken {
    if (value == null || !value.matches("[A-Za-z0-9_-]{43}")) {
      throw new IllegalArgumentException("not a survey link");
    }
  }

  public static SurveyToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "SurveyToken[redacted]";
  }
}
