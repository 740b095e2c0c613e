package io.postbot.handoff.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.feedback.domain.model.survey.Score;
import io.postbot.feedback.domain.model.survey.SurveyInvitation;
import io.postbot.feedback.domain.model.survey.SurveyToken;
import io.postbot.feedback.infrastructure.persistence.JpaSurveyRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChat;
import io.postbot.handoff.domain.model.contact.ContactDetails;
import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The handoff and feedback repositories against the real migrations (Hibernate validates). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HandoffIsPersisted {

  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  private HandoffDatabase db;

  abstract TestDatabase database();

  @BeforeAll
  void migrate() {
    db = new HandoffDatabase(database());
  }

  @AfterAll
  void drop() {
    db.close();
  }

  @Test
  @DisplayName(
      "chats that never closed are listed for retention by their last change, oldest first")
  void neverClosed() {
    ContactDetails kari = ContactDetails.of("Eva Open", "eva.open@example.no", "22 03 00 00");
    ConversationId waiting = ConversationId.newId();
    ConversationId taken = ConversationId.newId();
    ConversationId offline = ConversationId.newId();
    ConversationId closed = ConversationId.newId();
    db.inTransaction(em -> {
      var chats = new JpaAgentChatRepository(em);
      chats.add(AgentChat.queued(waiting, Language.NB, kari, T0.plusSeconds(10)));
      AgentChat inProgress = AgentChat.queued(taken, Language.NB, kari, T0);
      inProgress.assignTo("ola", T0.plusSeconds(100));
      chats.add(inProgress);
      chats.add(AgentChat.offlineRequest(offline, Language.NB, kari, "call me", T0));
      AgentChat done = AgentChat.queued(closed, Language.NB, kari, T0);
      done.assignTo("ola", T0.plusSeconds(1));
      done.close(ContactCategory.ADVICE, "ola", T0.plusSeconds(2));
      chats.add(done);
      return null;
    });
    db.inTransaction(em -> {
      var chats = new JpaAgentChatRepository(em);
      assertThat(chats.neverClosedSince(T0.plusSeconds(50), 10)).containsExactly(offline, waiting);
      assertThat(chats.neverClosedSince(T0.plusSeconds(101), 10))
          .containsExactly(offline, waiting, taken);
      assertThat(chats.neverClosedSince(T0.plusSeconds(101), 1)).containsExactly(offline);
      return null;
    });
  }

  @Test
  @DisplayName("a closed chat is found by e-mail and phone, listed for retention, and erased whole")
  void agentChatLifecycle() {
    ConversationId id = ConversationId.newId();
    ContactDetails kari = ContactDetails.of("Kari Nordmann", "Kari@Example.NO", "912 34 567");
    db.inTransaction(em -> {
      AgentChat chat = AgentChat.queued(id, Language.NB, kari, T0);
      chat.assignTo("ola", T0.plusSeconds(60));
      chat.addNote("ola", "sends photos of the damage", T0.plusSeconds(90));
      chat.close(ContactCategory.COMPLAINT, "ola", T0.plusSeconds(300));
      new JpaAgentChatRepository(em).add(chat);
      new JpaQueueEntryRepository(em)
          .add(QueueEntry.join(id, Language.NB, List.of("track_parcel"), T0));
      new JpaSurveyRepository(em)
          .invite(new SurveyInvitation(SurveyToken.generate(), id, Language.NB, T0));
      return null;
    });

    db.inTransaction(em -> {
      var chats = new JpaAgentChatRepository(em);
      assertThat(chats.byEmail("kari@example.no")).containsExactly(id);
      assertThat(chats.byPhone("+4791234567")).containsExactly(id);
      assertThat(chats.closedBefore(true, T0.plusSeconds(301), 10)).containsExactly(id);
      assertThat(chats.closedBefore(false, T0.plusSeconds(301), 10)).doesNotContain(id);
      assertThat(chats.handlingTimesClosedSince(T0)).contains(Duration.ofMinutes(4));
      assertThat(chats.find(id).orElseThrow().notes()).hasSize(1);
      return null;
    });

    int erased =
        db.inTransaction(em -> {
          new JpaSurveyRepository(em).eraseInvitations(List.of(id));
          return new JpaAgentChatRepository(em).erase(List.of(id));
        });

    assertThat(erased).isEqualTo(1);
    db.inTransaction(em -> {
      assertThat(new JpaAgentChatRepository(em).find(id)).isEmpty();
      assertThat(new JpaQueueEntryRepository(em).find(id)).isEmpty();
      assertThat(em.createQuery("select count(n) from AgentNote n", Long.class).getSingleResult())
          .isZero();
      return null;
    });
  }

  @Test
  @DisplayName("a survey link is marked answered by exactly one request")
  void surveyOnce() {
    SurveyToken token = SurveyToken.generate();
    db.inTransaction(em -> {
      new JpaSurveyRepository(em)
          .invite(new SurveyInvitation(token, ConversationId.newId(), Language.EN, T0));
      return null;
    });
    boolean first = db.inTransaction(em -> new JpaSurveyRepository(em).markAnswered(token, T0));
    boolean second = db.inTransaction(em -> new JpaSurveyRepository(em).markAnswered(token, T0));
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    db.inTransaction(em -> {
      SurveyInvitation invitation = new JpaSurveyRepository(em).invitation(token).orElseThrow();
      assertThat(invitation.isAnswered()).isTrue();
      new JpaSurveyRepository(em)
          .add(
              new SurveyInvitation(SurveyToken.generate(), ConversationId.newId(), Language.EN, T0)
                  .answer(new Score(5), "good", T0));
      return null;
    });
  }
}
