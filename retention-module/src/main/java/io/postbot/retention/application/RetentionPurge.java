package io.postbot.retention.application;

import io.postbot.chat.api.ConversationEraser;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.retention.domain.model.policy.RetentionPeriod;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeKind;
import io.postbot.retention.domain.model.purge.PurgeLock;
import io.postbot.retention.domain.model.purge.PurgeOutcome;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.domain.model.purge.PurgeRuns;
import io.postbot.shared.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Erases what the retention policy says must go, rule by rule, in batches of {@value #BATCH}
 * conversations, each batch its own short transaction: a million expired conversations never hold
 * locks for long or stall live chats. A crash loses at most the batch in flight; the next run
 * resumes, because each run asks afresh what is due. A lease in the database lets one server of a
 * cluster purge at a time. Every rule leaves a {@link PurgeRun} in the audit, also when nothing was
 * due.
 */
public class RetentionPurge {

  public static final int BATCH = 500;

  /** Renewed after every batch; a server that dies mid-purge hands over after this. */
  static final Duration LEASE = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  private final ConversationEraser chat;
  private final AgentChatEraser handoff;
  private final PurgeLock lock;
  private final PurgeRuns runs;
  private final Transactions transactions;
  private final Clock clock;
  private final RetentionPolicy policy;
  private final PurgeObserver observer;
  private final String holder = "purge-" + UUID.randomUUID();

  public RetentionPurge(
      ConversationEraser chat,
      AgentChatEraser handoff,
      PurgeLock lock,
      PurgeRuns runs,
      Transactions transactions,
      Clock clock,
      RetentionPolicy policy,
      PurgeObserver observer) {
    this.chat = chat;
    this.handoff = handoff;
    this.lock = lock;
    this.runs = runs;
    this.transactions = transactions;
    this.clock = clock;
    this.policy = policy;
    this.observer = observer;
  }

  /** Runs every rule once; returns the runs recorded, none if another server holds the lease. */
  public List<PurgeRun> run() {
    if (!holdLease()) {
      LOG.fine("purge skipped: another server holds the lease");
      return List.of();
    }
    try {
      List<PurgeRun> done = new ArrayList<>();
      for (PurgeKind kind :
          List.of(
              PurgeKind.BOT_CONVERSATION,
              PurgeKind.AGENT_COMPLAINT,
              PurgeKind.AGENT_OTHER,
              PurgeKind.AGENT_NEVER_CLOSED)) {
        done.add(purge(kind));
      }
      return done;
    } finally {
      transactions.inNewTransaction(() -> {
        lock.release(holder);
        return null;
      });
    }
  }

  private PurgeRun purge(PurgeKind kind) {
    Instant started = clock.instant();
    Instant cutoff = period(kind).cutoff(started);
    int erased = 0;
    int batches = 0;
    PurgeOutcome outcome = PurgeOutcome.COMPLETED;
    try {
      while (true) {
        int n = transactions.inNewTransaction(() -> batch(kind, cutoff));
        if (n < 0) {
          break;
        }
        erased += n;
        batches++;
        observer.erased(kind, n);
        if (!holdLease()) {
          break; // lost the lease (a very long pause): the holder goes on from here
        }
      }
    } catch (RuntimeException e) {
      outcome = PurgeOutcome.FAILED;
      // The exception's message might quote data; its type and stack are enough to investigate.
      LOG.log(Level.WARNING, "purge of " + kind + " failed: " + e.getClass().getName());
    }
    PurgeRun run = PurgeRun.scheduled(kind, started, clock.instant(), erased, batches, outcome);
    transactions.inNewTransaction(() -> {
      runs.add(run);
      return null;
    });
    LOG.log(
        run.erased() > 0 || outcome != PurgeOutcome.COMPLETED ? Level.INFO : Level.FINE,
        () -> "purge of " + kind + ": " + run.erased() + " erased in " + run.duration());
    return run;
  }

  /** Erases one batch; -1 when nothing more is due. */
  private int batch(PurgeKind kind, Instant cutoff) {
    List<ConversationId> due =
        switch (kind) {
          case BOT_CONVERSATION -> chat.idleBotConversations(cutoff, BATCH);
          case AGENT_COMPLAINT -> handoff.closedBefore(true, cutoff, BATCH);
          case AGENT_OTHER -> handoff.closedBefore(false, cutoff, BATCH);
          case AGENT_NEVER_CLOSED -> handoff.neverClosedSince(cutoff, BATCH);
          default -> throw new IllegalArgumentException(kind.name());
        };
    if (due.isEmpty()) {
      return -1;
    }
    if (kind != PurgeKind.BOT_CONVERSATION) {
      handoff.erase(due);
    }
    chat.erase(due);
    return due.size();
  }

  private RetentionPeriod period(PurgeKind kind) {
    return switch (kind) {
      case BOT_CONVERSATION -> policy.botConversation();
      case AGENT_COMPLAINT -> policy.agentComplaint();
      case AGENT_OTHER, AGENT_NEVER_CLOSED -> policy.agentOther();
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  private boolean holdLease() {
    Instant now = clock.instant();
    Instant until = now.plus(LEASE);
    return transactions.inNewTransaction(() -> lock.tryAcquire(holder, now, until));
  }
}
