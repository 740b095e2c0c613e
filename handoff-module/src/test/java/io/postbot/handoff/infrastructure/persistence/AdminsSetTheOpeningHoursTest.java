package io.postbot.handoff.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.handoff.api.OpeningHoursView;
import io.postbot.handoff.application.HandoffSettings;
import io.postbot.handoff.application.OpeningHoursService;
import io.postbot.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Admins set the opening hours in the console, over the configured ones")
class AdminsSetTheOpeningHoursTest {

  /** A Sunday at 12:00 in Oslo: closed under the configured hours. */
  private static final Instant SUNDAY_NOON = Instant.parse("2026-11-29T11:00:00Z");

  private final HandoffDatabase db = new HandoffDatabase(TestDatabase.h2());

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName("until an admin sets them, the configured hours apply; then the admin's, stored")
  void setAndApply() {
    OpeningHoursView before = db.inTransaction(em -> service(em, settings(em)).current());
    assertThat(before.spec()).isEqualTo("Mon-Fri 08:00-20:00,Sat 10:00-16:00");
    assertThat(before.changedBy()).isEmpty();

    OpeningHoursView changed =
        db.inTransaction(em -> service(em, settings(em)).change("Mon-Sun 09:00-21:00", "admin"));

    assertThat(changed.changedBy()).contains("admin");
    boolean open = db.inTransaction(em -> settings(em).openingHours().isOpenAt(SUNDAY_NOON));
    String spec = db.inTransaction(em -> service(em, settings(em)).current().spec());
    assertThat(open).isTrue();
    assertThat(spec).isEqualTo("Mon-Sun 09:00-21:00");
  }

  @Test
  @DisplayName("hours that do not parse are refused with what is wrong, and nothing changes")
  void refused() {
    assertThatThrownBy(() ->
            db.inTransaction(em -> service(em, settings(em)).change("Mun 08:00-16:00", "admin")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a day of the week: Mun");
    boolean open = db.inTransaction(em -> settings(em).openingHours().isOpenAt(SUNDAY_NOON));
    assertThat(open).isFalse();
  }

  private static HandoffSettings settings(jakarta.persistence.EntityManager em) {
    return new HandoffSettings(
        "Mon-Fri 08:00-20:00,Sat 10:00-16:00",
        "Europe/Oslo",
        "/privacy.html",
        new JpaServiceHoursRepository(em));
  }

  private static OpeningHoursService service(
      jakarta.persistence.EntityManager em, HandoffSettings settings) {
    return new OpeningHoursService(
        new JpaServiceHoursRepository(em),
        settings,
        Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
  }
}
