package io.postbot.retention.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.ConversationEraser;
import io.postbot.chat.domain.model.conversation.AccessTokenHash;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.conversation.MessageText;
import io.postbot.chat.infrastructure.persistence.AttachmentsColumn;
import io.postbot.chat.infrastructure.persistence.JpaConversationEraser;
import io.postbot.chat.infrastructure.persistence.JpaConversationRepository;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeKind;
import io.postbot.retention.domain.model.purge.PurgeOutcome;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The retention rules at their boundaries, with the real chat tables (H2) and a clock the test
 * sets: the purge erases a conversation after its period and not a moment before.
 */
@DisplayName("Chats are erased when their retention runs out, not before")
class ChatsAreErasedWhenTheirRetentionRunsOutTest {

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final FakeAgentChats agentChats = new FakeAgentChats();
  private final InMemoryPurgeRuns audit = new InMemoryPurgeRuns();
  private ConversationEraser chat;

  @BeforeEach
  void database() {
    database = TestDatabase.h2().migrate("chat");
    sessions =
        database.entityManagerFactory(
            List.of(Conversation.class, Message.class, AttachmentsColumn.class));
    em = sessions.createEntityManager();
    chat = new JpaConversationEraser(em);
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("a bot conversation is kept on day 30 and gone once its month is over")
  void botConversationAfterOneMonth() {
    // given a bot conversation last active on 1 March at 10:00
    ConversationId id = botConversation("2026-03-01T10:00:00Z");

    // when the purge runs on day 30, and just before the month is over
    purgeAt("2026-03-31T10:00:00Z");
    purgeAt("2026-04-01T09:59:59Z");
    // then it is still there
    assertThat(exists(id)).isTrue();

    // when the purge runs just after its month
    List<PurgeRun> runs = purgeAt("2026-04-01T10:00:01Z");
    // then it is gone, and the audit says so without naming it
    assertThat(exists(id)).isFalse();
    assertThat(runs)
        .filteredOn(r -> r.kind() == PurgeKind.BOT_CONVERSATION)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.erased()).isEqualTo(1);
          assertThat(r.outcome()).isEqualTo(PurgeOutcome.COMPLETED);
        });
  }

  @Test
  @DisplayName("a conversation last active on 31 January expires on 28 February (calendar months)")
  void monthEnd() {
    ConversationId id = botConversation("2026-01-31T12:00:00Z");

    purgeAt("2026-02-28T11:59:00Z");
    assertThat(exists(id)).isTrue();

    purgeAt("2026-02-28T12:00:01Z");
    assertThat(exists(id)).isFalse();
  }

  @Test
  @DisplayName("a complaint is kept 3.5 years after the agent chat closed, then erased everywhere")
  void complaint() {
    ConversationId id = handedOff("2026-01-15T08:00:00Z");
    agentChats.closed(id, ContactCategory.COMPLAINT, Instant.parse("2026-01-15T09:00:00Z"));

    purgeAt("2027-07-15T09:00:01Z"); // 1.5 years: other chats would go, complaints stay
    purgeAt("2029-07-15T08:59:59Z");
    assertThat(exists(id)).isTrue();
    assertThat(agentChats.erased).isEmpty();

    purgeAt("2029-07-15T09:00:01Z");
    assertThat(exists(id)).isFalse();
    assertThat(agentChats.erased).containsExactly(id);
  }

  @Test
  @DisplayName(
      "an agent chat that never closed (waiting, in progress, unanswered) goes 1.5 years after its"
          + " last change")
  void neverClosed() {
    ConversationId waiting = handedOff("2026-01-15T08:00:00Z");
    agentChats.neverClosed(waiting, Instant.parse("2026-01-15T08:00:00Z"));
    ConversationId inProgress = handedOff("2026-01-15T08:00:00Z");
    agentChats.neverClosed(inProgress, Instant.parse("2026-02-01T08:00:00Z"));

    purgeAt("2027-07-15T07:59:59Z");
    assertThat(exists(waiting)).isTrue();

    List<PurgeRun> runs = purgeAt("2027-07-15T08:00:01Z");
    assertThat(exists(waiting)).isFalse();
    assertThat(exists(inProgress)).isTrue();
    assertThat(agentChats.erased).containsExactly(waiting);
    assertThat(runs)
        .filteredOn(r -> r.kind() == PurgeKind.AGENT_NEVER_CLOSED)
        .singleElement()
        .satisfies(r -> assertThat(r.erased()).isEqualTo(1));

    purgeAt("2027-08-01T08:00:01Z");
    assertThat(exists(inProgress)).isFalse();
  }

  @Test
  @DisplayName("advice, information and other agent chats are kept 1.5 years after the close")
  void otherCategories() {
    List<ConversationId> ids = new ArrayList<>();
    for (ContactCategory category :
        List.of(ContactCategory.ADVICE, ContactCategory.INFORMATION, ContactCategory.OTHER)) {
      ConversationId id = handedOff("2026-01-15T08:00:00Z");
      agentChats.closed(id, category, Instant.parse("2026-01-15T09:00:00Z"));
      ids.add(id);
    }

    purgeAt("2027-07-15T08:59:59Z");
    assertThat(ids).allSatisfy(id -> assertThat(exists(id)).isTrue());

    purgeAt("2027-07-15T09:00:01Z");
    assertThat(ids).allSatisfy(id -> assertThat(exists(id)).isFalse());
    assertThat(agentChats.erased).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  @DisplayName("a conversation handed to an agent is kept by the agent rule, not the bot rule")
  void handedOffIsNotABotConversation() {
    // given a chat whose bot part ended in March, handed to an agent, closed as advice
    ConversationId id = handedOff("2026-03-01T10:00:00Z");
    agentChats.closed(id, ContactCategory.ADVICE, Instant.parse("2026-03-01T11:00:00Z"));

    // when the bot rule would long have erased it
    purgeAt("2026-06-01T10:00:00Z");
    purgeAt("2027-08-31T10:00:00Z");
    // then it is kept, because it was handed off
    assertThat(exists(id)).isTrue();

    // and goes 1.5 years after the agent chat closed
    purgeAt("2027-09-01T11:00:01Z");
    assertThat(exists(id)).isFalse();
  }

  @Test
  @DisplayName("many expired conversations go in bounded batches of 500, counted in the audit")
  void batches() {
    botConversations(1234, "2026-01-01T10:00:00Z");
    ConversationId recent = botConversation("2026-03-20T10:00:00Z");

    List<PurgeRun> runs = purgeAt("2026-04-01T00:00:00Z");

    PurgeRun bot = runs.get(0);
    assertThat(bot.kind()).isEqualTo(PurgeKind.BOT_CONVERSATION);
    assertThat(bot.erased()).isEqualTo(1234);
    assertThat(bot.batches()).isEqualTo(3);
    assertThat(exists(recent)).isTrue();
  }

  @Test
  @DisplayName("a purge that fails midway keeps what it erased; the next run resumes")
  void resumesAfterAFailure() {
    botConversations(700, "2026-01-01T10:00:00Z");
    ConversationEraser failingOnSecondBatch = new FailingAfterOneBatch(chat);

    List<PurgeRun> failed =
        purge(failingOnSecondBatch, Instant.parse("2026-04-01T00:00:00Z")).run();
    assertThat(failed.get(0).outcome()).isEqualTo(PurgeOutcome.FAILED);
    assertThat(failed.get(0).erased()).isEqualTo(500);

    List<PurgeRun> resumed = purgeAt("2026-04-01T00:05:00Z");
    assertThat(resumed.get(0).erased()).isEqualTo(200);
    assertThat(resumed.get(0).outcome()).isEqualTo(PurgeOutcome.COMPLETED);
  }

  @Test
  @DisplayName("while another server holds the purge lease, this one erases nothing")
  void oneServerAtATime() {
    ConversationId id = botConversation("2026-01-01T10:00:00Z");
    clock.set("2026-04-01T00:00:00Z");
    audit.tryAcquire("other-server", clock.instant(), clock.instant().plusSeconds(300));

    assertThat(purge(chat, clock.instant()).run()).isEmpty();
    assertThat(exists(id)).isTrue();

    clock.set("2026-04-01T00:06:00Z"); // the other server's lease ran out
    purge(chat, clock.instant()).run();
    assertThat(exists(id)).isFalse();
  }

  private List<PurgeRun> purgeAt(String instant) {
    return purge(chat, Instant.parse(instant)).run();
  }

  private RetentionPurge purge(ConversationEraser eraser, Instant at) {
    clock.set(at);
    return new RetentionPurge(
        eraser,
        agentChats,
        audit,
        audit,
        this::inTransaction,
        clock,
        RetentionPolicy.defaults(),
        PurgeObserver.NONE);
  }

  private ConversationId botConversation(String lastActivity) {
    Instant at = Instant.parse(lastActivity);
    Conversation c =
        Conversation.start(ConversationId.newId(), AccessTokenHash.of("t"), Language.EN, at);
    c.receiveFromCustomer(new MessageText("where is CT797294851NO"), "track_parcel", at);
    inTransaction(() -> {
      new JpaConversationRepository(em).add(c);
      return null;
    });
    em.clear();
    return c.id();
  }

  private void botConversations(int count, String lastActivity) {
    Instant at = Instant.parse(lastActivity);
    inTransaction(() -> {
      for (int i = 0; i < count; i++) {
        Conversation c =
            Conversation.start(ConversationId.newId(), AccessTokenHash.of("t"), Language.EN, at);
        c.receiveFromCustomer(new MessageText("hello"), "greeting", at);
        em.persist(c);
      }
      return null;
    });
    em.clear();
  }

  private ConversationId handedOff(String at) {
    Instant when = Instant.parse(at);
    Conversation c =
        Conversation.start(ConversationId.newId(), AccessTokenHash.of("t"), Language.EN, when);
    c.receiveFromCustomer(new MessageText("I want to complain"), "complaint", when);
    c.escalateToAgent(when);
    c.end(when.plusSeconds(600));
    inTransaction(() -> {
      new JpaConversationRepository(em).add(c);
      return null;
    });
    em.clear();
    return c.id();
  }

  private boolean exists(ConversationId id) {
    em.clear();
    return inTransaction(() -> new JpaConversationRepository(em).find(id).isPresent());
  }

  private <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      em.getTransaction().rollback();
      throw e;
    }
  }

  /** The real eraser, which fails on its second batch as a crash would. */
  private static final class FailingAfterOneBatch implements ConversationEraser {
    private final ConversationEraser real;
    private int batches;

    FailingAfterOneBatch(ConversationEraser real) {
      this.real = real;
    }

    @Override
    public List<ConversationId> idleBotConversations(Instant before, int limit) {
      return real.idleBotConversations(before, limit);
    }

    @Override
    public Optional<Instant> oldestIdleBotActivity(Instant before) {
      return real.oldestIdleBotActivity(before);
    }

    @Override
    public int erase(Collection<ConversationId> conversations) {
      if (++batches > 1) {
        throw new IllegalStateException("connection lost");
      }
      return real.erase(conversations);
    }
  }
}
