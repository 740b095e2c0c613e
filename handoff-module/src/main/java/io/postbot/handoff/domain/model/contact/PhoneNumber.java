package io.postbot.handoff.domain.model.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import io.postbot.shared.InvalidInputException;

/**
 * A telephone number, validated with libphonenumber and kept in E.164 (+4791234567). Numbers
 * without a country code are read as Norwegian, since most customers are.
 */
public record PhoneNumber(String e164) {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String DEFAULT_REGION = "NO";

  public PhoneNumber {
    if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
      throw new InvalidInputException(
          "invalid-contact-details", "phone.invalid", "not an E.164 phone number");
    }
  }

  /** Parses what a customer typed ("912 34 567", "+46 70 123 45 67", "0047 91234567"). */
  public static PhoneNumber parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInputException(
          "invalid-contact-details", "phone.required", "please give your phone number");
    }
    if (typed.length() > 40) {
      throw new InvalidInputException(
          "invalid-contact-details", "phone.invalid", "this is not a valid phone number");
    }
    try {
      var number = UTIL.parse(typed.strip(), DEFAULT_REGION);
      if (!UTIL.isValidNumber(number)) {
        throw new InvalidInputException(
            "invalid-contact-details", "phone.invalid", "this is not a valid phone number");
      }
      return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw new InvalidInputException(
          "invalid-contact-details", "phone.invalid", "this is not a valid phone number");
    }
  }

  @Override
  public String toString() {
    return "PhoneNumber[redacted]";
  }
}
