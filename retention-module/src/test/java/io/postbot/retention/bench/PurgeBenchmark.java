package io.postbot.retention.bench;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.infrastructure.persistence.AttachmentsColumn;
import io.postbot.chat.infrastructure.persistence.JpaConversationEraser;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.retention.application.PurgeObserver;
import io.postbot.retention.application.RetentionPurge;
import io.postbot.retention.application.Transactions;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.infrastructure.persistence.DatabasePurgeLock;
import io.postbot.retention.infrastructure.persistence.JpaPurgeRuns;
import io.postbot.shared.ConversationId;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test (runs only with -Dbench=true, minutes long): the purge of N expired bot
 * conversations (default 1,000,000, two messages each) on PostgreSQL, bulk-loaded with
 * generate_series, while a live-chat loop inserts conversations and messages and reads them back.
 * Prints the purge throughput and the live loop's p50/p95/p99 latency before and during the purge.
 *
 * <pre>
 * mvn -pl retention-module -am test -Dtest=PurgeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench=true [-Dbench.conversations=1000000]
 * </pre>
 */
class PurgeBenchmark {

  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void purgeOfExpiredConversationsBesideLiveChats() throws Exception {
    int n = Integer.getInteger("bench.conversations", 1_000_000);
    try (TestDatabase database = TestDatabase.postgres().migrate("chat", "retention")) {
      DataSource ds = database.dataSource();
      long loadStart = System.nanoTime();
      load(ds, n);
      System.out.printf(
          "loaded %,d conversations with %,d messages in %.1f s%n",
          n, 2L * n, (System.nanoTime() - loadStart) / 1e9);

      // baseline: the live loop alone
      List<Long> before = live(ds, 10_000, null);

      try (SessionFactory chat =
              database.entityManagerFactory(
                  List.of(Conversation.class, Message.class, AttachmentsColumn.class));
          SessionFactory retention = database.entityManagerFactory(List.of(PurgeRun.class));
          EntityManager chatEm = chat.createEntityManager();
          EntityManager retentionEm = retention.createEntityManager()) {
        Transactions tx =
            new Transactions() {
              @Override
              public <T> T inNewTransaction(Supplier<T> work) {
                chatEm.getTransaction().begin();
                retentionEm.getTransaction().begin();
                T result = work.get();
                retentionEm.getTransaction().commit();
                chatEm.getTransaction().commit();
                chatEm.clear();
                return result;
              }
            };
        RetentionPurge purge =
            new RetentionPurge(
                new JpaConversationEraser(chatEm),
                NO_AGENT_CHATS,
                new DatabasePurgeLock(retentionEm),
                new JpaPurgeRuns(retentionEm),
                tx,
                Clock.systemUTC(),
                RetentionPolicy.defaults(),
                PurgeObserver.NONE);

        AtomicBoolean purging = new AtomicBoolean(true);
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        Thread liveLoop = new Thread(() -> during.addAll(live(ds, Integer.MAX_VALUE, purging)));
        liveLoop.start();
        long start = System.nanoTime();
        List<PurgeRun> runs = purge.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        purging.set(false);
        liveLoop.join();

        int erased = runs.get(0).erased();
        System.out.printf(
            "purged %,d conversations (%,d messages) in %,d batches, %.1f s: %,.0f conversations/s%n",
            erased, 2L * erased, runs.get(0).batches(), seconds, erased / seconds);
        report("live chat before the purge", before);
        report("live chat during the purge", during);
        try (Connection c = ds.getConnection();
            ResultSet rs =
                c.createStatement()
                    .executeQuery(
                        "select count(*) from chat_conversation where last_activity_at < now() - interval '31 days'")) {
          rs.next();
          System.out.println("expired conversations left: " + rs.getLong(1));
        }
      }
    }
  }

  private static void load(DataSource ds, int n) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into chat_conversation (id, token_hash, language, legal_basis, state,"
              + " started_at, last_activity_at, version)"
              + " select md5(i::text || 'c')::uuid, repeat('a', 64), 'EN', 'CONTRACT', 'ENDED',"
              + " now() - interval '60 days', now() - interval '60 days' + i * interval '1 millisecond', 0"
              + " from generate_series(1, "
              + n
              + ") i");
      s.execute(
          "insert into chat_message (id, conversation_id, sequence, author, text, intent, sent_at)"
              + " select md5(i::text || 'm' || q)::uuid, md5(i::text || 'c')::uuid, q, 'CUSTOMER',"
              + " 'where is my parcel CT797294851NO, it was due last week', 'track_parcel',"
              + " now() - interval '60 days' from generate_series(1, "
              + n
              + ") i, generate_series(1, 2) q");
      s.execute("analyze chat_conversation");
      s.execute("analyze chat_message");
    }
  }

  /**
   * A live chat: start a conversation, add a message, read the conversation's messages back; one
   * transaction each, like the widget's calls. Returns each round's latency in microseconds.
   */
  private static List<Long> live(DataSource ds, int rounds, AtomicBoolean whileTrue) {
    List<Long> latencies = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      PreparedStatement start =
          c.prepareStatement(
              "insert into chat_conversation (id, token_hash,"
                  + " language, legal_basis, state, started_at, last_activity_at, version)"
                  + " values (?, 'b', 'EN', 'CONTRACT', 'WITH_BOT', now(), now(), 0)");
      PreparedStatement say =
          c.prepareStatement(
              "insert into chat_message (id, conversation_id,"
                  + " sequence, author, text, sent_at) values (?, ?, 1, 'CUSTOMER', 'hello', now())");
      PreparedStatement read =
          c.prepareStatement(
              "select text from chat_message where conversation_id = ? order by sequence");
      for (int i = 0; i < rounds && (whileTrue == null || whileTrue.get()); i++) {
        long t = System.nanoTime();
        UUID id = UUID.randomUUID();
        start.setObject(1, id);
        start.executeUpdate();
        say.setObject(1, UUID.randomUUID());
        say.setObject(2, id);
        say.executeUpdate();
        read.setObject(1, id);
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
        latencies.add((System.nanoTime() - t) / 1000);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return latencies;
  }

  private static void report(String what, List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    System.out.printf(
        "%s: %,d rounds, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        what,
        sorted.size(),
        at(sorted, 0.50),
        at(sorted, 0.95),
        at(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static double at(List<Long> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())))
        / 1000.0;
  }

  private static final AgentChatEraser NO_AGENT_CHATS =
      new AgentChatEraser() {
        @Override
        public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
          return List.of();
        }

        @Override
        public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
          return List.of();
        }

        @Override
        public int erase(Collection<ConversationId> conversations) {
          return 0;
        }
      };
}
