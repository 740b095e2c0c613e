package io.postbot.chat.domain.model.modelversion;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One training of the intent classifier, kept for ever with its inputs, its figures and its
 * comparison with the version that was active. Changed only through {@link ModelLineage}, whose
 * changes the repository serialises across servers (one training, one active version at a time).
 */
@Entity
@Table(name = "chat_model_version")
public class ModelVersion {

  /** A training whose progress has not moved for this long died with its server. */
  static final Duration STALE = Duration.ofMinutes(10);

  @Id
  @Column(name = "version_number")
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private ModelState state;

  @Column(name = "reason", nullable = false, length = 200)
  private String reason;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "previous_active")
  private Integer previousActive;

  @Column(name = "content_version", nullable = false)
  private int contentVersion;

  @Column(name = "content_examples", nullable = false)
  private int contentExamples;

  @Column(name = "review_examples", nullable = false)
  private int reviewExamples;

  @Column(name = "fingerprint", nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "recipe", nullable = false, length = 100)
  private String recipe;

  @Column(name = "stage", length = 32)
  private String stage;

  @Column(name = "progress_done")
  private int progressDone;

  @Column(name = "progress_total")
  private int progressTotal;

  @Column(name = "progress_at")
  private Instant progressAt;

  @Embedded private Figures figures;

  @Column(name = "compared_with")
  private Integer comparedWith;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "heldOutTotal", column = @Column(name = "cmp_held_out_total")),
    @AttributeOverride(name = "heldOutCorrect", column = @Column(name = "cmp_held_out_correct")),
    @AttributeOverride(name = "reviewedTotal", column = @Column(name = "cmp_reviewed_total")),
    @AttributeOverride(name = "reviewedCorrect", column = @Column(name = "cmp_reviewed_correct")),
    @AttributeOverride(name = "inScopeTotal", column = @Column(name = "cmp_in_scope_total")),
    @AttributeOverride(name = "inScopeCorrect", column = @Column(name = "cmp_in_scope_correct")),
    @AttributeOverride(name = "outOfScopeTotal", column = @Column(name = "cmp_oos_total")),
    @AttributeOverride(name = "outOfScopeCorrect", column = @Column(name = "cmp_oos_correct"))
  })
  private Figures comparedFigures;

  @Column(name = "lost_sentences")
  private Integer lost;

  @Column(name = "won_sentences")
  private Integer won;

  @Column(name = "failure", length = 200)
  private String failure;

  protected ModelVersion() {}

  ModelVersion(int number, TrainingInputs inputs, String reason, String by, Instant at) {
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw new IllegalArgumentException("a training says why, in 1 to 200 characters");
    }
    if (by == null || by.isBlank() || by.length() > 64) {
      throw new IllegalArgumentException("a training names who asked for it");
    }
    this.number = number;
    this.state = ModelState.TRAINING;
    this.reason = reason.strip();
    this.requestedBy = by;
    this.requestedAt = Objects.requireNonNull(at);
    this.contentVersion = inputs.contentVersion();
    this.contentExamples = inputs.contentExamples();
    this.reviewExamples = inputs.reviewExamples();
    this.fingerprint = inputs.fingerprint();
    this.recipe = inputs.recipe();
    progress("queued", 0, 0, at);
  }

  void progress(String stageName, int done, int total, Instant at) {
    this.stage = stageName;
    this.progressDone = done;
    this.progressTotal = total;
    this.progressAt = at;
  }

  void evaluated(Figures own, Integer against, Figures theirs, Comparison comparison) {
    this.figures = own;
    this.comparedWith = against;
    this.comparedFigures = theirs;
    this.lost = comparison == null ? null : comparison.lost();
    this.won = comparison == null ? null : comparison.won();
  }

  /** A version activated without figures (the first) gets them when a newer one is compared. */
  void evaluatedLater(Figures own) {
    if (figures == null) {
      figures = own;
    }
  }

  void activate(Integer previous, Instant at) {
    finish(ModelState.ACTIVE, at);
    this.activatedAt = at;
    if (previous != null) {
      this.previousActive = previous;
    }
  }

  void reactivate(Instant at) {
    this.state = ModelState.ACTIVE;
    this.activatedAt = at;
  }

  void deactivate(ModelState to) {
    this.state = to;
  }

  void finish(ModelState to, Instant at) {
    this.state = to;
    this.finishedAt = at;
  }

  void fail(String why, Instant at) {
    finish(ModelState.FAILED, at);
    this.failure = why == null ? "failed" : why.substring(0, Math.min(200, why.length()));
  }

  boolean isStale(Instant now) {
    return state == ModelState.TRAINING && progressAt.plus(STALE).isBefore(now);
  }

  public int number() {
    return number;
  }

  public ModelState state() {
    return state;
  }

  public String reason() {
    return reason;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<Instant> activatedAt() {
    return Optional.ofNullable(activatedAt);
  }

  /** The version that was active when this one was activated: where a rollback goes. */
  public Optional<Integer> previousActive() {
    return Optional.ofNullable(previousActive);
  }

  public TrainingInputs inputs() {
    return new TrainingInputs(contentVersion, contentExamples, reviewExamples, fingerprint, recipe);
  }

  public String stage() {
    return stage;
  }

  public int progressDone() {
    return progressDone;
  }

  public int progressTotal() {
    return progressTotal;
  }

  public Optional<Figures> figures() {
    return Optional.ofNullable(figures);
  }

  public Optional<Integer> comparedWith() {
    return Optional.ofNullable(comparedWith);
  }

  public Optional<Figures> comparedFigures() {
    return Optional.ofNullable(comparedFigures);
  }

  public Optional<Comparison> comparison() {
    return lost == null ? Optional.empty() : Optional.of(new Comparison(lost, won));
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
