package io.postbot.chat.api;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that lets one customer, and only them, use their conversation: 256 random bits,
 * URL-safe Base64. The server keeps only its hash.
 */
public record AccessToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public AccessToken {
    if (value == null || !value.matches("[A-Za-z0-9_-]{43}")) {
      throw new IllegalArgumentException("not an access token");
    }
  }

  public static AccessToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public String toString() {
    return "AccessToken[redacted]";
  }
}
