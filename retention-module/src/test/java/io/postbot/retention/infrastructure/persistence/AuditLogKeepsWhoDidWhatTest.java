package io.postbot.retention.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.retention.api.AdminAction;
import io.postbot.retention.application.AdminAuditService;
import io.postbot.retention.domain.model.audit.AuditEntry;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
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
    inTransaction(() ->
        log(NOW.minusSeconds(60))
            .record("admin", "user.created", "console user", "kari", "10.0.0.5"));
    inTransaction(
        () -> log(NOW).record("admin", "model.train", "model version 2", null, "10.0.0.5"));

    List<AdminAction> entries = inTransaction(() -> log(NOW).latest(10));

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
    inTransaction(() ->
        log(NOW)
            .record(
                "admin",
                "privacy.searched",
                "Kari Nordmann kari.nordmann@example.no 912 34 567 CT797294851NO",
                null,
                "10.0.0.5"));

    String subject = inTransaction(() -> log(NOW).latest(1)).getFirst().subject();

    assertThat(subject)
        .doesNotContain("Kari")
        .doesNotContain("Nordmann")
        .doesNotContain("kari.nordmann@example.no")
        .doesNotContain("912 34 567")
        .doesNotContain("CT797294851NO");
  }

  @Test
  @DisplayName(
      "actions are short dotted names, as the console writes them; anything else is refused")
  void actionNames() {
    inTransaction(
        () -> log(NOW).record("admin", "content.rolledBack", "content version 1", null, null));
    inTransaction(
        () -> log(NOW).record("admin", "review.newTopicMarked", "review sample", null, null));

    assertThat(inTransaction(() -> log(NOW).latest(10))).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new AuditEntry(NOW, "admin", "Drop table; --", "", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("entries older than the configured period go; younger ones stay")
  void keptForTheConfiguredPeriod() {
    inTransaction(
        () -> log(NOW.minus(Duration.ofDays(40))).record("admin", "a.old", "", null, null));
    inTransaction(
        () -> log(NOW.minus(Duration.ofDays(20))).record("admin", "a.young", "", null, null));

    int deleted = inTransaction(() -> log(NOW).purgeExpired());

    assertThat(deleted).isEqualTo(1);
    assertThat(inTransaction(() -> log(NOW).latest(10)))
        .extracting(AdminAction::action)
        .containsExactly("a.young");
  }

  private AdminAuditService log(Instant now) {
    return new AdminAuditService(new JpaAuditEntries(em), Clock.fixed(now, ZoneOffset.UTC), 30);
  }

  private <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    T result = work.get();
    em.getTransaction().commit();
    return result;
  }

  private void inTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
