package io.postbot.shared.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The redactor masks personal data in customer text")
class RedactorMasksPersonalDataTest {

  private final Redactor redactor = new Redactor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          where is CT797294851NO please           | CT797294851NO
          sporing ct 797 294 851 no                | 797 294 851
          my parcel 70438101234567890 is late      | 70438101234567890
          SSCC 370438101234567891                  | 370438101234567891
          mail me at kari.nordmann+post@example.no | kari.nordmann
          ring meg på 912 34 567                   | 912 34 567
          call +47 22 33 44 55 today               | 22 33 44 55
          my number is 004791234567                | 91234567
          fnr 01019010046 ok                       | 01019010046
          card 4111 1111 1111 1111 exp 12/28       | 4111 1111 1111 1111
          I live in Storgata 12 in Oslo            | Storgata 12
          Kirkeveien 5B, 0368 Oslo                 | Kirkeveien 5B
          send to Biskop Gunnerus' gate 14 A       | gate 14
          deliver to 12 Baker Street please        | 12 Baker Street
          postcode 0185 Oslo                       | 0185 Oslo
          order 123456 was wrong                   | 123456
          """)
  @DisplayName("each kind of personal data is masked")
  void masks(String text, String secret) {
    String redacted = redactor.redact(text).value();

    assertThat(redacted).doesNotContain(secret.strip());
  }

  @Test
  @DisplayName("the masks say what was there, so reviewers still understand the question")
  void labels() {
    assertThat(redactor.redact("where is CT797294851NO").value())
        .isEqualTo("where is [tracking number]");
    assertThat(redactor.redact("write to ola@example.com").value()).isEqualTo("write to [email]");
    assertThat(redactor.redact("fnr 01019010046").value()).isEqualTo("fnr [identity number]");
    assertThat(redactor.redact("card 4111111111111111").value()).isEqualTo("card [card number]");
  }

  @Test
  @DisplayName("the names the customer gave in the contact form are masked, whole and in parts")
  void names() {
    String redacted =
        redactor
            .redact("Hi, Kari here. Kari Nordmann, parcel for NORDMANN", List.of("Kari Nordmann"))
            .value();

    assertThat(redacted).doesNotContainIgnoringCase("kari").doesNotContainIgnoringCase("nordmann");
  }

  @Test
  @DisplayName("questions without personal data stay as they are")
  void keepsOrdinaryQuestions() {
    for (String question :
        List.of(
            "where is my parcel",
            "hva koster det å sende en pakke til Sverige",
            "how long does a letter take",
            "opening hours on Saturday")) {
      assertThat(redactor.redact(question).value()).isEqualTo(question);
    }
  }
}
