package io.postbot.chat.domain.model.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A tracking number")
class TrackingNumberTest {

  @ParameterizedTest(name = "\"{0}\" is a {1}")
  @CsvSource({
    "CT797294851NO, UPU_S10, CT797294851NO",
    "ct 797 294 851 no, UPU_S10, CT797294851NO",
    "RR473124829NO, UPU_S10, RR473124829NO",
    "106141411234567897, SSCC, 106141411234567897",
    "(00) 1061 4141 1234 5678 97, SSCC, 106141411234567897",
    "00106141411234567897, SSCC, 106141411234567897",
    "7070-7200-0000-0000-05, SSCC, 707072000000000005",
    "70438101001234561, SHIPMENT_NUMBER, 70438101001234561"
  })
  @DisplayName("is recognised and normalised whatever way the customer types it")
  void isRecognisedAndNormalised(String typed, TrackingNumberKind kind, String normalised) {
    TrackingNumber number = TrackingNumber.parse(typed);

    assertThat(number.kind()).isEqualTo(kind);
    assertThat(number.value()).isEqualTo(normalised);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CT797294852NO", "106141411234567898", "70438101001234562"})
  @DisplayName("with a wrong check digit is rejected and looks mistyped")
  void wrongCheckDigitLooksMistyped(String typed) {
    assertThat(TrackingNumber.tryParse(typed)).isEmpty();
    assertThat(TrackingNumber.looksMistyped(typed)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hello", "12345678", "CT79729485NO", "1234567890123456789012"})
  @DisplayName("of the wrong shape is neither valid nor mistyped")
  void wrongShapeIsNotANumber(String typed) {
    assertThat(TrackingNumber.tryParse(typed)).isEmpty();
    assertThat(TrackingNumber.looksMistyped(typed)).isFalse();
  }

  @Test
  @DisplayName("never prints itself, because it is personal data")
  void toStringHidesTheNumber() {
    TrackingNumber number = TrackingNumber.parse("CT797294851NO");

    assertThat(number.toString()).doesNotContain("797294851").contains("redacted");
    assertThat(number.masked()).isEqualTo("*********51NO");
  }

  @Test
  @DisplayName("does not echo the rejected input in its error")
  void errorDoesNotEchoInput() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrackingNumber.parse("CT797294852NO"))
        .withMessageNotContaining("797294852");
  }

  @Test
  @DisplayName("equals the same number typed differently")
  void equalsByNormalisedValue() {
    assertThat(TrackingNumber.parse("ct-797294851-no"))
        .isEqualTo(TrackingNumber.parse("CT797294851NO"))
        .hasSameHashCodeAs(TrackingNumber.parse("CT797294851NO"));
  }
}
