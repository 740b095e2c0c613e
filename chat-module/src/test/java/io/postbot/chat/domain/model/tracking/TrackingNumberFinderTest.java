package io.postbot.chat.domain.model.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Finding tracking numbers in what a customer wrote")
class TrackingNumberFinderTest {

  private final TrackingNumberFinder finder = new TrackingNumberFinder();

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "where is CT797294851NO?|CT797294851NO",
        "hvor er pakken min, ct 797 294 851 no|CT797294851NO",
        "sporing 7070 7200 0000 0000 05|707072000000000005",
        "SSCC (00)106141411234567897 please|106141411234567897",
        "label says (00) 1061 4141 1234 5678 97.|106141411234567897",
        "shipment 70438101001234561, thanks|70438101001234561",
        "order 4711 from 2026-11-20, parcel 70438101001234561|70438101001234561"
      })
  @DisplayName("finds a valid number anywhere in a sentence")
  void findsValidNumber(String text, String expected) {
    TrackingNumberSearch search = finder.find(text);

    assertThat(search.numbers()).extracting(TrackingNumber::value).containsExactly(expected);
    assertThat(search.mistyped()).isFalse();
  }

  @Test
  @DisplayName("finds several numbers in the order written, each once")
  void findsSeveralNumbers() {
    TrackingNumberSearch search =
        finder.find("RR473124829NO and 70438101001234561 and again RR473124829NO");

    assertThat(search.numbers())
        .extracting(TrackingNumber::value)
        .containsExactly("RR473124829NO", "70438101001234561");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "where is CT797294852NO?",
        "sporing 70707 2000 0000 0000 18",
        "my parcel 70438101001234562"
      })
  @DisplayName("reports a number of the right shape with a wrong check digit as mistyped")
  void reportsMistypedNumber(String text) {
    TrackingNumberSearch search = finder.find(text);

    assertThat(search.found()).isFalse();
    assertThat(search.mistyped()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "where is my parcel?",
        "call me at +47 22 03 00 00",
        "order 123456 from 2026-11-20",
        "postcode 0150 Oslo",
        ""
      })
  @DisplayName("finds nothing, and nothing mistyped, in ordinary sentences")
  void findsNothingInOrdinaryText(String text) {
    TrackingNumberSearch search = finder.find(text);

    assertThat(search.found()).isFalse();
    assertThat(search.mistyped()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it is 12345",
        "CT7972948",
        "call me at +47 22 03 00 00",
        "order 123456 from 2026-11-20",
        "where is CT797294852NO?",
        "where is CT797294851NO?"
      })
  @DisplayName("sees something like a number in five digits or more, valid, mistyped or neither")
  void seesSomethingLikeANumber(String text) {
    assertThat(finder.find(text).numberLike()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my parcel is late",
        "I want to talk to a person",
        "postcode 0150 Oslo",
        "it was sent 3 days ago",
        ""
      })
  @DisplayName("sees nothing like a number in words, a postcode or a count of days")
  void seesNothingLikeANumber(String text) {
    assertThat(finder.find(text).numberLike()).isFalse();
  }
}
