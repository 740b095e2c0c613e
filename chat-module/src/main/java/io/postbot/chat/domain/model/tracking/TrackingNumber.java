package io.postbot.chat.domain.model.tracking;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number the carrier tracks a shipment by, with a valid check digit: a UPU S10 item number
 * ({@code CT797294851NO}), an 18-digit SSCC or a 17-digit shipment number. Customers type them with
 * spaces, dashes, lower case and the SSCC's "(00)" prefix; all of that is normalised away.
 *
 * <p>A tracking number is personal data: {@link #toString()} never prints it, so it cannot end up
 * in a log by accident. Use {@link #value()} where the number itself is needed and {@link
 * #masked()} where a hint is enough.
 */
public final class TrackingNumber {

  private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
  private static final Pattern SSCC = Pattern.compile("\\d{18}");
  private static final Pattern SHIPMENT = Pattern.compile("\\d{17}");

  private final String value;
  private final TrackingNumberKind kind;

  private TrackingNumber(String value, TrackingNumberKind kind) {
    this.value = value;
    this.kind = kind;
  }

  /** Parses a number as a customer may type it; rejects wrong shapes and wrong check digits. */
  public static TrackingNumber parse(String text) {
    return tryParse(text)
        .orElseThrow(() -> new IllegalArgumentException("not a valid tracking number"));
  }

  public static Optional<TrackingNumber> tryParse(String text) {
    String normalised = normalise(text);
    TrackingNumberKind kind = kindOf(normalised);
    if (kind == null || !hasValidCheckDigit(normalised, kind)) {
      return Optional.empty();
    }
    return Optional.of(new TrackingNumber(normalised, kind));
  }

  /** True when the text has a tracking number's shape but its check digit is wrong: a typo. */
  public static boolean looksMistyped(String text) {
    String normalised = normalise(text);
    TrackingNumberKind kind = kindOf(normalised);
    return kind != null && !hasValidCheckDigit(normalised, kind);
  }

  /** Upper case, without spaces, dashes and the SSCC's application identifier "(00)" or "00". */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u00a0]", "");
    if (compact.startsWith("(00)")) {
      compact = compact.substring(4);
    } else if (compact.length() == 20
        && compact.startsWith("00")
        && SSCC.matcher(compact.substring(2)).matches()) {
      compact = compact.substring(2);
    }
    return compact;
  }

  private static TrackingNumberKind kindOf(String normalised) {
    if (S10.matcher(normalised).matches()) {
      return TrackingNumberKind.UPU_S10;
    }
    if (SSCC.matcher(normalised).matches()) {
      return TrackingNumberKind.SSCC;
    }
    if (SHIPMENT.matcher(normalised).matches()) {
      return TrackingNumberKind.SHIPMENT_NUMBER;
    }
    return null;
  }

  private static boolean hasValidCheckDigit(String number, TrackingNumberKind kind) {
    if (kind == TrackingNumberKind.UPU_S10) {
      return CheckDigits.s10(number.substring(2, 10)) == number.charAt(10) - '0';
    }
    int last = number.length() - 1;
    return CheckDigits.gs1(number.substring(0, last)) == number.charAt(last) - '0';
  }

  /**
   * The normalised number, for the carrier's API, the tracking link and the customer's own chat.
   */
  public String value() {
    return value;
  }

  public TrackingNumberKind kind() {
    return kind;
  }

  /**
   * The last four characters, the rest as asterisks: enough to tell numbers apart, not to track.
   */
  public String masked() {
    return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrackingNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Deliberately without the number: it is personal data. */
  @Override
  public String toString() {
    return "TrackingNumber[" + kind + ", redacted]";
  }
}
