package io.postbot.chat.domain.model.tracking;

/**
 * The two check-digit schemes of the carrier's numbers: UPU S10 (mod 11) for international items
 * and GS1 mod 10 for SSCCs and shipment numbers.
 */
public final class CheckDigits {

  private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

  private CheckDigits() {}

  /**
   * The S10 check digit of eight serial digits: 11 minus the weighted sum modulo 11, where 10
   * becomes 0 and 11 becomes 5. Note the scheme's blind spot: sums of 0 and 6 modulo 11 both give
   * 5.
   */
  public static int s10(String serial) {
    requireDigits(serial, 8);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (serial.charAt(i) - '0') * S10_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return switch (check) {
      case 10 -> 0;
      case 11 -> 5;
      default -> check;
    };
  }

  /**
   * The GS1 mod-10 check digit of the digits before it: weights 3 and 1 alternate from the
   * rightmost digit, and the check digit tops the sum up to a multiple of ten.
   */
  public static int gs1(String digits) {
    requireDigits(digits, digits == null ? 0 : digits.length());
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 0 ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
  }

  private static void requireDigits(String text, int length) {
    if (text == null
        || text.isEmpty()
        || text.length() != length
        || !text.chars().allMatch(CheckDigits::isDigit)) {
      throw new IllegalArgumentException("expected " + length + " digits");
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
