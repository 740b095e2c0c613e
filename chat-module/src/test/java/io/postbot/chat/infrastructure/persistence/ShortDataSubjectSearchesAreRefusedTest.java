package io.postbot.chat.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.shared.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Found by sqlmap: a phone number of five digits made the data-subject search a 500. */
@DisplayName("A data-subject search for too little text is refused as input, never an error")
class ShortDataSubjectSearchesAreRefusedTest {

  @Test
  @DisplayName("fewer than 6 characters (a short phone number, a@b.no) is invalid input")
  void tooShort() {
    var records = new JpaConversationRecords(null);

    assertThatThrownBy(() -> records.mentioning("91 23", 10))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).refusal().type())
        .isEqualTo("invalid-data-subject-request");
    assertThatThrownBy(() -> records.mentioningTrackingNumber("AB-12", 10))
        .isInstanceOf(InvalidInputException.class);
  }
}
