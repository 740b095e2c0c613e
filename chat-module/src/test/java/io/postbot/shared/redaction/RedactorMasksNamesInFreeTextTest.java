package io.postbot.shared.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The redactor masks people's names that customers write into a question")
class RedactorMasksNamesInFreeTextTest {

  private final Redactor redactor = new Redactor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          my name is Ingrid Solberg and my parcel is late         | Solberg
          my name is zbigniew wroblewski, where is my parcel      | wroblewski
          jeg heter ola nordmann og venter på en pakke           | nordmann
          mitt navn er Kari Nordmann                             | Kari
          hi, I'm Kristoffer, the parcel never came              | Kristoffer
          parcel for Kari Nordmann has not arrived               | Nordmann
          pakke til kari hansen er ikke kommet                   | hansen
          the parcel from Zbigniew Wróblewski is lost            | Wróblewski
          thanks, regards Siv                                    | Siv
          hilsen Per                                             | Per
          mvh Dag Olsen                                          | Olsen
          my neighbour Liv took it                               | Liv
          please ask fru Haugland about it                       | Haugland
          """)
  @DisplayName("a name after a cue, a common name, or an unknown name in capitals is masked")
  void masks(String text, String name) {
    String redacted = redactor.redact(text).value();

    assertThat(redacted).doesNotContainIgnoringCase(name.strip()).contains("[name]");
  }

  @Test
  @DisplayName("a whole name becomes one mask, and the rest of the question stays readable")
  void oneMaskPerName() {
    assertThat(redactor.redact("my name is Kari Nordmann, where is my parcel?").value())
        .isEqualTo("my name is [name], where is my parcel?");
    assertThat(redactor.redact("hei, dette er Ola Nordmann").value())
        .isEqualTo("hei, dette er [name]");
  }

  @Test
  @DisplayName("names that are also everyday words stay when they are just words")
  void everydayWords() {
    for (String question :
        List.of(
            "Per kilo, what does it cost?",
            "price per parcel",
            "Hans pakke kom i går",
            "Dag og natt, når kommer pakken",
            "I sent it with Posten Norge from Oslo",
            "Black Friday orders from Amazon",
            "Where Is My Parcel",
            "Min Side on Digipost",
            "hva heter hentestedet på Majorstuen")) {
      assertThat(redactor.redact(question).value()).doesNotContain("[name]");
    }
  }

  @Test
  @DisplayName("a mask already in the text is not masked again")
  void masksStayMasks() {
    assertThat(redactor.redact("my name is Kari, e-mail kari@example.no").value())
        .isEqualTo("my name is [name], e-mail [email]");
  }
}
