package io.postbot.shared.redaction;

import java.util.Objects;

/**
 * Customer text after the {@link Redactor} masked the personal data in it. Only the redactor makes
 * one, so a signature that takes a RedactedText cannot be handed raw customer text by mistake.
 */
public final class RedactedText {

  private final String value;

  RedactedText(String value) {
    this.value = Objects.requireNonNull(value);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RedactedText other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
