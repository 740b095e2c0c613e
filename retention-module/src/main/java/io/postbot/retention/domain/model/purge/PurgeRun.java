package io.postbot.retention.domain.model.purge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The audit record of one purge: when it ran, which kind of record it erased, how many, in how many
 * batches, how long it took and how it ended. It proves that data went when it had to, and holds no
 * personal data: no conversation id, no text, and an operator's reason only after redaction.
 */
@Entity
@Table(name = "retention_purge_run")
public class PurgeRun {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private PurgeKind kind;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  @Column(nullable = false)
  private int erased;

  @Column(nullable = false)
  private int batches;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PurgeOutcome outcome;

  /** Why an operator erased (data-subject requests only), redacted; null for scheduled runs. */
  @Column(length = 500)
  private String reason;

  protected PurgeRun() {}

  private PurgeRun(
      PurgeKind kind,
      Instant startedAt,
      Instant finishedAt,
      int erased,
      int batches,
      PurgeOutcome outcome,
      String reason) {
    this.id = UUID.randomUUID();
    this.kind = Objects.requireNonNull(kind);
    this.startedAt = Objects.requireNonNull(startedAt);
    this.finishedAt = Objects.requireNonNull(finishedAt);
    this.erased = erased;
    this.batches = batches;
    this.outcome = Objects.requireNonNull(outcome);
    this.reason = reason;
  }

  /** A scheduled run of one retention rule. */
  public static PurgeRun scheduled(
      PurgeKind kind,
      Instant startedAt,
      Instant finishedAt,
      int erased,
      int batches,
      PurgeOutcome outcome) {
    return new PurgeRun(kind, startedAt, finishedAt, erased, batches, outcome, null);
  }

  /** An operator's erasure on a person's request; the reason must already be redacted. */
  public static PurgeRun onRequest(
      Instant startedAt, Instant finishedAt, int erased, String redactedReason) {
    return new PurgeRun(
        PurgeKind.DATA_SUBJECT_REQUEST,
        startedAt,
        finishedAt,
        erased,
        1,
        PurgeOutcome.COMPLETED,
        redactedReason);
  }

  public UUID id() {
    return id;
  }

  public PurgeKind kind() {
    return kind;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  public int erased() {
    return erased;
  }

  public int batches() {
    return batches;
  }

  public PurgeOutcome outcome() {
    return outcome;
  }

  public String reason() {
    return reason;
  }
}
