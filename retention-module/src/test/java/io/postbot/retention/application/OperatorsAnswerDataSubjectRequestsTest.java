package io.postbot.retention.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.chat.infrastructure.persistence.AttachmentsColumn;
import io.postbot.chat.infrastructure.persistence.JpaConversationEraser;
import io.postbot.chat.infrastructure.persistence.JpaConversationRecords;
import io.postbot.chat.infrastructure.persistence.JpaConversationRepository;
import io.postbot.handoff.api.HandoffRecord;
import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectRequests.ComplaintConfirmationRequired;
import io.postbot.retention.api.SubjectQuery;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeKind;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.infrastructure.export.PdfReportRenderer;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Operators find, export and erase a person's data on request")
class OperatorsAnswerDataSubjectRequestsTest {

  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;
  private final FakeHandoff handoff = new FakeHandoff();
  private final InMemoryPurgeRuns audit = new InMemoryPurgeRuns();
  private final MutableClock clock = new MutableClock(T.plusSeconds(86_400));
  private DataSubjectService service;

  @BeforeEach
  void wire() {
    database = TestDatabase.h2().migrate("chat");
    sessions =
        database.entityManagerFactory(
            List.of(Conversation.class, Message.class, AttachmentsColumn.class));
    em = sessions.createEntityManager();
    service = new DataSubjectService();
    service.chatRecords = new JpaConversationRecords(em);
    service.chatEraser = new JpaConversationEraser(em);
    service.audit = audit;
    service.policy = RetentionPolicy.defaults();
    service.clock = clock;
    service.renderer = new PdfReportRenderer();
    service.handoffRecords = handoff;
    service.agentChats = handoff;
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("a tracking number finds the bot chat, with its legal basis and erasure date")
  void byTrackingNumber() {
    ConversationId id = conversation("where is CT797294851NO?", false);

    DataSubjectReport report =
        tx(() -> service.find(query(SubjectQuery.Kind.TRACKING, "CT 797294851 NO")));

    assertThat(report.conversations())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.conversation()).isEqualTo(id.toString());
          assertThat(c.chat().legalBasis()).isEqualTo("GDPR Art. 6(1)(b)");
          assertThat(c.chat().erasedBy()).isEqualTo("2026-04-01T10:00:00Z");
          assertThat(c.chat().messages())
              .extracting(m -> m.text())
              .contains("where is CT797294851NO?");
          assertThat(c.handoff()).isNull();
        });
  }

  @Test
  @DisplayName(
      "an e-mail address finds the agent chat: contact details under Art. 6(1)(f), kept 3.5 years")
  void byEmail() {
    ConversationId id = conversation("I want to complain", true);
    handoff.add(complaint(id));

    DataSubjectReport report =
        tx(() -> service.find(query(SubjectQuery.Kind.EMAIL, "Kari@Example.no")));

    assertThat(report.conversations())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.handoff().legalBasis()).isEqualTo("GDPR Art. 6(1)(f)");
          assertThat(c.handoff().name()).isEqualTo("Kari Nordmann");
          assertThat(c.handoff().erasedBy()).isEqualTo("2029-09-01T12:00:00Z");
          assertThat(c.chat().erasedBy()).isEqualTo(c.handoff().erasedBy());
        });
  }

  @Test
  @DisplayName("an e-mail address or phone number typed to the bot finds that chat too")
  void typedIntoAMessage() {
    ConversationId mailed = conversation("please write to Kari@Example.no about it", false);
    ConversationId phoned = conversation("call me on 912 34 567", false);

    assertThat(
            tx(() -> service.find(query(SubjectQuery.Kind.EMAIL, "kari@example.no")))
                .conversations())
        .extracting(c -> c.conversation())
        .containsExactly(mailed.toString());
    assertThat(
            tx(() -> service.find(query(SubjectQuery.Kind.PHONE, "+47 91234567"))).conversations())
        .extracting(c -> c.conversation())
        .containsExactly(phoned.toString());
  }

  @Test
  @DisplayName(
      "a tracking number written with dashes is found; a report says when it was cut short")
  void dashesAndTruncation() {
    ConversationId id = conversation("my parcel CT-797-294-851-NO is late", false);
    DataSubjectReport report =
        tx(() -> service.find(query(SubjectQuery.Kind.TRACKING, "CT797294851NO")));
    assertThat(report.conversations())
        .extracting(c -> c.conversation())
        .containsExactly(id.toString());
    assertThat(report.truncated()).isFalse();

    for (int i = 0; i < DataSubjectService.MAX_CONVERSATIONS; i++) {
      conversation("again CT797294851NO", false);
    }
    DataSubjectReport many =
        tx(() -> service.find(query(SubjectQuery.Kind.TRACKING, "CT797294851NO")));
    assertThat(many.conversations()).hasSize(DataSubjectService.MAX_CONVERSATIONS);
    assertThat(many.truncated()).isTrue();
  }

  @Test
  @DisplayName("the report reads as a PDF with legal bases, erasure dates and every message")
  void pdf() throws Exception {
    ConversationId id = conversation("hvor er pakken min CT797294851NO", true);
    handoff.add(complaint(id));

    byte[] pdf = tx(() -> service.pdf(query(SubjectQuery.Kind.CONVERSATION, id.toString())));

    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("GDPR Art. 6(1)(b)", "GDPR Art. 6(1)(f)", "2029-09-01", "hvor er pakken min")
          .contains("kari@example.no");
    }
  }

  @Test
  @DisplayName(
      "a complaint under retention is erased only after a second confirmation, then everywhere")
  void eraseComplaint() {
    ConversationId id = conversation("I want to complain", true);
    handoff.add(complaint(id));
    SubjectQuery byEmail = query(SubjectQuery.Kind.EMAIL, "kari@example.no");

    assertThatThrownBy(() -> tx(() -> service.erase(byEmail, "asked by kari@example.no", false)))
        .isInstanceOf(ComplaintConfirmationRequired.class);
    assertThat(handoff.records).containsKey(id);

    var receipt = tx(() -> service.erase(byEmail, "asked by kari@example.no by phone", true));

    assertThat(receipt.conversations()).isEqualTo(1);
    assertThat(handoff.records).isEmpty();
    assertThat(tx(() -> new JpaConversationRepository(em).find(id))).isEmpty();
    PurgeRun audited = audit.runs.get(0);
    assertThat(audited.kind()).isEqualTo(PurgeKind.DATA_SUBJECT_REQUEST);
    assertThat(audited.reason()).isEqualTo("asked by [email] by phone").doesNotContain("kari");
  }

  @Test
  @DisplayName("a bot chat is erased on request at once; a reason is required")
  void eraseBotChat() {
    ConversationId id = conversation("where is CT797294851NO?", false);
    SubjectQuery byTracking = query(SubjectQuery.Kind.TRACKING, "CT797294851NO");

    assertThatThrownBy(() -> tx(() -> service.erase(byTracking, " ", false)))
        .isInstanceOf(IllegalArgumentException.class);
    tx(() -> service.erase(byTracking, "customer asked", false));

    assertThat(tx(() -> new JpaConversationRepository(em).find(id))).isEmpty();
  }

  private static SubjectQuery query(SubjectQuery.Kind kind, String value) {
    return new SubjectQuery(kind, value);
  }

  private static HandoffRecord complaint(ConversationId id) {
    return new HandoffRecord(
        id,
        "Kari Nordmann",
        "kari@example.no",
        "+4791234567",
        LegalBasis.LEGITIMATE_INTEREST,
        ContactCategory.COMPLAINT,
        T,
        Instant.parse("2026-03-01T12:00:00Z"),
        List.of("customer was upset"));
  }

  private ConversationId conversation(String text, boolean escalated) {
    Conversation c =
        Conversation.start(ConversationId.newId(), AccessTokenHash.of("t"), Language.EN, T);
    c.receiveFromCustomer(new MessageText(text), "x", T);
    if (escalated) {
      c.escalateToAgent(T);
    }
    tx(() -> {
      new JpaConversationRepository(em).add(c);
      return null;
    });
    em.clear();
    return c.id();
  }

  private <R> R tx(Supplier<R> work) {
    em.getTransaction().begin();
    try {
      R result = work.get();
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      em.getTransaction().rollback();
      throw e;
    } finally {
      em.clear();
    }
  }
}
