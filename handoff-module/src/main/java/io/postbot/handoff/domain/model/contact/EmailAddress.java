package io.postbot.handoff.domain.model.contact;

import io.postbot.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as customers type it: one local part, an @, and a domain with at least one dot
 * and a top-level domain of letters. The domain is lower-cased; the whole address is compared
 * case-insensitively.
 */
public record EmailAddress(String value) {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  public EmailAddress {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          "invalid-contact-details", "email.required", "please give your e-mail address");
    }
    value = value.strip();
    if (value.length() > 254 || !SYNTAX.matcher(value).matches()) {
      throw new InvalidInputException(
          "invalid-contact-details", "email.invalid", "this is not a valid e-mail address");
    }
    int at = value.lastIndexOf('@');
    value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** The form used to find a person's records: the whole address in lower case. */
  public String normalised() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "EmailAddress[redacted]";
  }
}
