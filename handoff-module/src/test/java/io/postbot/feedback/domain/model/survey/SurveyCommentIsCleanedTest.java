package io.postbot.feedback.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.Language;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A survey comment is stored without control characters (PostgreSQL refuses a NUL)")
class SurveyCommentIsCleanedTest {

  @Test
  @DisplayName("a NUL and other controls are removed; a comment of controls only is no comment")
  void cleaned() {
    Instant now = Instant.parse("2026-11-30T11:00:00Z");
    assertThat(new Survey(new Score(4), "Good\u0000 help\u0007", Language.EN, now).comment())
        .isEqualTo("Good help");
    assertThat(new Survey(new Score(4), "\u0000\u0001", Language.EN, now).comment()).isNull();
  }
}
