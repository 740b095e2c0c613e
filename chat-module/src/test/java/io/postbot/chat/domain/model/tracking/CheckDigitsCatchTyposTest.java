package io.postbot.chat.domain.model.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("Tracking numbers are accepted exactly when their check digit is right")
class CheckDigitsCatchTyposTest {

  @Property
  @Label("every generated valid number is accepted")
  void everyValidNumberIsAccepted(@ForAll("validNumbers") String number) {
    assertThat(TrackingNumber.tryParse(number)).isPresent();
  }

  @Property
  @Label("changing any one digit of an SSCC or shipment number is rejected")
  void anySingleDigitChangeOfGs1NumberIsRejected(
      @ForAll("gs1Numbers") String number,
      @ForAll("positions") int position,
      @ForAll("steps") int step) {
    int at = position % number.length();
    String changed = withDigitShifted(number, at, step);

    assertThat(TrackingNumber.tryParse(changed)).isEmpty();
    assertThat(TrackingNumber.looksMistyped(changed)).isTrue();
  }

  @Property
  @Label("changing one digit of an S10 number is rejected, except in the scheme's own blind spot")
  void anySingleDigitChangeOfS10NumberIsRejected(
      @ForAll("s10Numbers") String number,
      @ForAll("positions") int position,
      @ForAll("steps") int step) {
    int at = 2 + position % 9;
    String changed = withDigitShifted(number, at, step);
    boolean blindSpot = at < 10 && s10Remainder(number) % 6 == 0 && s10Remainder(changed) % 6 == 0;

    // S10 maps weighted sums of 0 and 6 (mod 11) both to check digit 5: such a change goes unseen.
    assertThat(TrackingNumber.tryParse(changed).isEmpty()).isNotEqualTo(blindSpot);
  }

  @Property
  @Label("normalising case, spaces, dashes and the (00) prefix gives back the same number")
  void normalisationRoundTrips(
      @ForAll("validNumbers") String number, @ForAll("separators") String separator) {
    TrackingNumber parsed = TrackingNumber.parse(number);
    String typed = String.join(separator, number.toLowerCase().split("(?<=\\G.{4})"));

    assertThat(TrackingNumber.parse(typed)).isEqualTo(parsed);
    assertThat(TrackingNumber.parse(parsed.value())).isEqualTo(parsed);
    if (parsed.kind() == TrackingNumberKind.SSCC) {
      assertThat(TrackingNumber.parse("(00) " + typed)).isEqualTo(parsed);
      assertThat(TrackingNumber.parse("00" + number)).isEqualTo(parsed);
    }
  }

  @Provide
  Arbitrary<String> validNumbers() {
    return Arbitraries.oneOf(s10Numbers(), gs1Numbers());
  }

  @Provide
  Arbitrary<String> s10Numbers() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(8);
    return Combinators.combine(letters, serial, letters)
        .as((service, digits, country) -> service + digits + CheckDigits.s10(digits) + country);
  }

  @Provide
  Arbitrary<String> gs1Numbers() {
    return Arbitraries.of(16, 17)
        .flatMap(length -> Arbitraries.strings().numeric().ofLength(length))
        .map(body -> body + CheckDigits.gs1(body));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 17);
  }

  @Provide
  Arbitrary<Integer> steps() {
    return Arbitraries.integers().between(1, 9);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", " ", "-", "  ", " - ");
  }

  private static String withDigitShifted(String number, int at, int step) {
    char digit = (char) ('0' + (number.charAt(at) - '0' + step) % 10);
    return number.substring(0, at) + digit + number.substring(at + 1);
  }

  private static int s10Remainder(String number) {
    int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (number.charAt(2 + i) - '0') * weights[i];
    }
    return sum % 11;
  }
}
