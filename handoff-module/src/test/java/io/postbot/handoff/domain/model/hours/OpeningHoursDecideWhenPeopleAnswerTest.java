package io.postbot.handoff.domain.model.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Opening hours decide when people answer chats, in Oslo time")
class OpeningHoursDecideWhenPeopleAnswerTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final OpeningHours HOURS =
      OpeningHours.parse("Mon-Fri 08:00-20:00,Sat 10:00-16:00", OSLO);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2026-11-30T08:00, open", // Monday, opening minute
    "2026-11-30T07:59, closed",
    "2026-11-30T19:59, open",
    "2026-11-30T20:00, closed",
    "2026-12-04T12:00, open", // Friday
    "2026-12-05T10:30, open", // Saturday
    "2026-12-05T16:00, closed",
    "2026-12-06T12:00, closed", // Sunday
    "2026-07-06T08:30, open" // summer time: local time still counts
  })
  @DisplayName("open inside the configured periods, local time")
  void openOrClosed(String local, String expected) {
    Instant at = ZonedDateTime.of(java.time.LocalDateTime.parse(local), OSLO).toInstant();
    assertThat(HOURS.isOpenAt(at)).isEqualTo(expected.equals("open"));
  }

  @Test
  @DisplayName("the next opening is told to customers who come when it is closed")
  void nextOpening() {
    Instant saturdayEvening =
        ZonedDateTime.parse("2026-12-05T18:00+01:00[Europe/Oslo]").toInstant();
    assertThat(HOURS.nextOpeningAfter(saturdayEvening))
        .hasValue(ZonedDateTime.parse("2026-12-07T08:00+01:00[Europe/Oslo]"));
  }

  @Test
  @DisplayName("'always' means around the clock")
  void always() {
    assertThat(OpeningHours.parse("always", OSLO).isOpenAt(Instant.parse("2026-12-06T03:00:00Z")))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Mon-Fri", "Xyz 08:00-10:00", "Mon 10:00-08:00", "Mon 8-20"})
  @DisplayName("a configuration mistake is refused at start-up")
  void mistakes(String spec) {
    assertThatThrownBy(() -> OpeningHours.parse(spec, OSLO)).isInstanceOf(RuntimeException.class);
  }
}
