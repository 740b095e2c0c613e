package io.postbot.retention.infrastructure.persistence;

import static io.postbot.testing.PlantedPersonalData.EMAIL;
import static io.postbot.testing.PlantedPersonalData.NAME;
import static io.postbot.testing.PlantedPersonalData.PHONE;
import static io.postbot.testing.PlantedPersonalData.TRACKING_NUMBER;
import static io.postbot.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.retention.api.AdminAction;
import io.postbot.retention.application.AdminAuditService;
import io.postbot.retention.domain.model.audit.AuditEntry;
import io.postbot.testing.PlantedPersonalData;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The audit log keeps who did what, when and from where, and no customer's data")
class AuditLogKeepsWhoDidWhatTest {

  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;

  @BeforeEach
  void wire() {
    database = TestDatabase.h2().migrate("retention");
    sessions = database.entityManagerFactory(List.of(AuditEntry.class));
    em = sessions.createEntityManager();
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("entries read newest first, with actor, action, subject and address")
  void newestFirst() {
    inTransaction(
        em,
        () ->
            log(NOW.minusSeconds(60))
                .record("admin", "user.created", "console user", "kari", "10.0.0.5"));
    inTransaction(
        em, () -> log(NOW).record("admin", "model.train", "model version 2", null, "10.0.0.5"));

    List<AdminAction> entries = inTransaction(em, () -> log(NOW).latest(10));

    assertThat(entries)
        .extracting(a ->
            a.actor()
                + " "
                + a.action()
                + " "
                + a.subject()
                + " "
                + a.consoleUser()
                + " "
                + a.address())
        .containsExactly(
            "admin model.train model version 2 null 10.0.0.5",
            "admin user.created console user kari 10.0.0.5");
    assertThat(entries.getFirst().at()).isEqualTo(NOW);
  }

  @Test
  @DisplayName("a subject with a planted e-mail, phone, name or tracking number is kept redacted")
  void nothingPersonal() {
    inTransaction(
        em,
        () ->
            log(NOW)
                .record(
                    "admin",
                    "privacy.searched",
                    String.join(" ", NAME, EMAIL, PHONE, TRACKING_NUMBER),
                    null,
                    "10.0.0.5"));

    String subject = inTransaction(em, () -> log(NOW).latest(1)).getFirst().subject();

    PlantedPersonalData.assertNoneIn(subject);
  }

  @Test
  @DisplayName(
      "actions are short dotted names, as the console writes them; anything else is refused")
  void actionNames() {
    inTransaction(
        em, () -> log(NOW).record("admin", "content.rolledBack", "content version 1", null, null));
    inTransaction(
        em, () -> log(NOW).record("admin", "review.newTopicMarked", "review sample", null, null));

    assertThat(inTransaction(em, () -> log(NOW).latest(10))).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new AuditEntry(NOW, "admin", "Drop table; --", "", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("entries older than the configured period go; younger ones stay")
  void keptForTheConfiguredPeriod() {
    inTransaction(
        em, () -> log(NOW.minus(Duration.ofDays(40))).record("admin", "a.old", "", null, null));
    inTransaction(
        em, () -> log(NOW.minus(Duration.ofDays(20))).record("admin", "a.young", "", null, null));

    int deleted = inTransaction(em, () -> log(NOW).purgeExpired());

    assertThat(deleted).isEqualTo(1);
    assertThat(inTransaction(em, () -> log(NOW).latest(10)))
        .extracting(AdminAction::action)
        .containsExactly("a.young");
  }

  private AdminAuditService log(Instant now) {
    return new AdminAuditService(new JpaAuditEntries(em), Clock.fixed(now, ZoneOffset.UTC), 30);
  }
}
