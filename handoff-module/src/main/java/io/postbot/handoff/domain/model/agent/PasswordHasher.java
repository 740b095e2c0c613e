package io.postbot.handoff.domain.model.agent;

/** Hashes and checks console passwords (PBKDF2 on the server; anything one-way in tests). */
public interface PasswordHasher {

  String hash(char[] password);

  boolean verify(char[] password, String hash);
}
