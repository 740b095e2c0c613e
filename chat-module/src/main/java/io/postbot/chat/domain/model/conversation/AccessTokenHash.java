package io.postbot.chat.domain.model.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 hash of a conversation's bearer token. Only the hash is stored, so a copy of the
 * database does not let anyone read or write a customer's chat.
 */
public record AccessTokenHash(String hex) {

  public AccessTokenHash {
    if (hex == null || !hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 hex digest");
    }
  }

  public static AccessTokenHash of(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return new AccessTokenHash(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Compares in constant time, so response timing does not reveal how much of a guess matched. */
  public boolean matches(AccessTokenHash other) {
    return other != null
        && MessageDigest.isEqual(
            hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
  }
}
