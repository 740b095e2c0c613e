package io.postbot.shared.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the redactor: whatever valid identity number, card, phone number or e-mail address
 * is generated, and whatever words surround it, nothing of it is left after redaction.
 */
@Label("The redactor never leaks generated personal data")
class RedactorNeverLeaksGeneratedDataTest {

  private final Redactor redactor = new Redactor();

  @Property(tries = 300)
  @Label("a valid fødselsnummer or D-number is always masked")
  void identityNumbers(
      @ForAll("fodselsnummer") String fnr,
      @ForAll("words") String before,
      @ForAll("words") String after) {
    assertThat(IdentityNumbers.isFodselsnummer(fnr)).isTrue();
    String redacted = redactor.redact(before + " " + fnr + " " + after).value();
    assertThat(redacted).doesNotContainPattern("\\d");
  }

  @Property(tries = 300)
  @Label("a Luhn-valid card number of 13 to 19 digits, grouped or not, is always masked")
  void cards(@ForAll("cards") String card, @ForAll("words") String before) {
    String redacted = redactor.redact(before + " " + card + ".").value();
    assertThat(redacted).doesNotContainPattern("\\d");
  }

  @Property(tries = 300)
  @Label("a Norwegian phone number, written in any common way, is always masked")
  void phones(
      @ForAll("phones") String phone,
      @ForAll("words") String before,
      @ForAll("words") String after) {
    String redacted = redactor.redact(before + " " + phone + " " + after).value();
    assertThat(redacted).doesNotContainPattern("\\d");
  }

  @Property(tries = 300)
  @Label("an e-mail address is always masked")
  void emails(@ForAll("emails") String email, @ForAll("words") String before) {
    String redacted = redactor.redact(before + " " + email + ", thanks").value();
    assertThat(redacted).doesNotContain(email).doesNotContain("@");
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .list()
        .ofMinSize(0)
        .ofMaxSize(4)
        .map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> fodselsnummer() {
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(0, 365 * 100).map(d -> LocalDate.of(1925, 1, 1).plusDays(d));
    Arbitrary<Integer> individual = Arbitraries.integers().between(0, 999);
    Arbitrary<Boolean> dNumber = Arbitraries.of(true, false);
    return Combinators.combine(dates, individual, dNumber)
        .as((date, ind, d) -> {
          int day = date.getDayOfMonth() + (d ? 40 : 0);
          String nine =
              String.format(
                  "%02d%02d%02d%03d", day, date.getMonthValue(), date.getYear() % 100, ind);
          int k1 = IdentityNumbers.checkDigit(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
          if (k1 < 0) {
            return null;
          }
          String ten = nine + k1;
          int k2 = IdentityNumbers.checkDigit(ten, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
          return k2 < 0 ? null : ten + k2;
        })
        .filter(s -> s != null);
  }

  @Provide
  Arbitrary<String> cards() {
    return Combinators.combine(
            Arbitraries.integers().between(13, 19),
            Arbitraries.strings().numeric().ofLength(19),
            Arbitraries.of("", " ", "-"))
        .as((length, digits, separator) -> {
          String body = digits.substring(0, length - 1);
          for (int check = 0; check < 10; check++) {
            if (IdentityNumbers.luhn(body + check)) {
              String card = body + check;
              return separator.isEmpty()
                  ? card
                  : card.replaceAll("(\\d{4})(?=\\d)", "$1" + separator);
            }
          }
          throw new IllegalStateException();
        });
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> number =
        Combinators.combine(
                Arbitraries.of("4", "9", "2", "3", "5", "6", "7"),
                Arbitraries.strings().numeric().ofLength(7))
            .as((first, rest) -> first + rest);
    return Combinators.combine(
            number, Arbitraries.of("", "+47 ", "+47", "0047 ", "(+47) "), Arbitraries.of(0, 1, 2))
        .as((n, prefix, style) ->
            prefix
                + switch (style) {
                  case 0 -> n;
                  case 1 -> n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5);
                  default ->
                      n.substring(0, 2)
                          + " "
                          + n.substring(2, 4)
                          + " "
                          + n.substring(4, 6)
                          + " "
                          + n.substring(6);
                });
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('.', '_', '+', '-')
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> Character.isLetter(s.charAt(0)));
    Arbitrary<String> domain =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
    return Combinators.combine(local, domain, Arbitraries.of("no", "com", "org", "co.uk"))
        .as((l, d, tld) -> l + "@" + d + "." + tld);
  }
}
