package io.postbot.retention.domain.model.purge;

/** How a purge run ended. */
public enum PurgeOutcome {
  /** Everything due was erased. */
  COMPLETED,
  /** A batch failed; what earlier batches erased stays erased, the next run resumes. */
  FAILED
}
