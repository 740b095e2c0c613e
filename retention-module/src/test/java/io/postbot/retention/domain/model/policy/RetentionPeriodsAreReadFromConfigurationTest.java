package io.postbot.retention.domain.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Retention periods are read from the configuration as ISO-8601 periods or durations")
class RetentionPeriodsAreReadFromConfigurationTest {

  @Test
  @DisplayName(
      "without settings the policy of the privacy text applies: 1 month, 3.5 and 1.5 years")
  void defaults() {
    RetentionPolicy policy = RetentionPolicy.defaults();

    assertThat(policy.botConversation()).isEqualTo(RetentionPeriod.parse("P1M"));
    assertThat(policy.agentComplaint()).isEqualTo(RetentionPeriod.parse("P3Y6M"));
    assertThat(policy.agentOther()).isEqualTo(RetentionPeriod.parse("P1Y6M"));
    assertThat(policy.purgeInterval()).isEqualTo(RetentionPeriod.parse("PT1H"));
    assertThat(policy.tolerance()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  @DisplayName("both periods (P1M, P3Y6M) and durations (PT5S) are understood")
  void periodsAndDurations() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");

    assertThat(RetentionPeriod.parse("P1M").expiresAt(t)).isEqualTo("2026-04-01T10:00:00Z");
    assertThat(RetentionPeriod.parse("P3Y6M").expiresAt(t)).isEqualTo("2029-09-01T10:00:00Z");
    assertThat(RetentionPeriod.parse("PT5S").expiresAt(t)).isEqualTo("2026-03-01T10:00:05Z");
    assertThat(RetentionPeriod.parse("pt1h").cutoff(t)).isEqualTo("2026-03-01T09:00:00Z");
  }

  @Test
  @DisplayName("months are calendar months: 31 January plus one month is 28 February")
  void calendarMonths() {
    RetentionPeriod month = RetentionPeriod.parse("P1M");
    Instant lastActive = Instant.parse("2026-01-31T12:00:00Z");

    assertThat(month.expiresAt(lastActive)).isEqualTo("2026-02-28T12:00:00Z");
    // the cutoff never keeps an expired record: on 28 February at noon, 31 January noon is due
    assertThat(month.cutoff(Instant.parse("2026-02-28T12:00:01Z"))).isAfter(lastActive);
    assertThat(month.cutoff(Instant.parse("2026-02-28T11:59:00Z"))).isBefore(lastActive);
  }

  @Test
  @DisplayName(
      "a setting that is not a positive period stops the start with a message naming its key")
  void invalid() {
    for (String bad : new String[] {"1 month", "P0D", "-P1M", "PT-5S", "P1X"}) {
      assertThatThrownBy(() ->
              RetentionPolicy.from(key ->
                  Optional.ofNullable(Map.of("postbot.retention.agent-other", bad).get(key))))
          .isInstanceOf(RetentionPolicy.InvalidRetentionSettingException.class)
          .hasMessageContaining("postbot.retention.agent-other");
    }
  }

  @Test
  @DisplayName("set keys override the defaults, e.g. seconds for a demonstration")
  void overrides() {
    RetentionPolicy policy =
        RetentionPolicy.from(key ->
            Optional.ofNullable(
                Map.of(
                        "postbot.retention.bot-conversation", "PT5S",
                        "postbot.retention.purge-interval", "PT1S")
                    .get(key)));

    assertThat(policy.botConversation().approximateLength()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.purgeInterval().approximateLength()).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.agentComplaint()).isEqualTo(RetentionPeriod.parse("P3Y6M"));
  }
}
