package io.postbot.shared.redaction;

/** Check-digit rules of the numbers the redactor names: fødselsnummer, D-numbers, card numbers. */
final class IdentityNumbers {

  private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private IdentityNumbers() {}

  /**
   * A Norwegian national identity number (fødselsnummer) or D-number (day + 40): 11 digits, a
   * plausible date, and two mod-11 check digits.
   */
  static boolean isFodselsnummer(String digits) {
    if (digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int day = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    if (day > 40) {
      day -= 40; // D-number
    }
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return false;
    }
    int k1 = checkDigit(digits, K1);
    int k2 = checkDigit(digits, K2);
    return k1 == digits.charAt(9) - '0' && k2 == digits.charAt(10) - '0';
  }

  /** The mod-11 check digit over the first weights.length digits; -1 when none is possible. */
  static int checkDigit(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int k = 11 - sum % 11;
    return k == 11 ? 0 : k == 10 ? -1 : k;
  }

  /** The Luhn check of payment card numbers. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
