package io.postbot.retention.domain.model.purge;

import java.time.Instant;

/**
 * Lets one server of a cluster purge at a time: a lease in the database, taken by one holder until
 * it expires or is released. A server that dies mid-purge loses the lease when it runs out, and the
 * next run of any server resumes the work.
 */
public interface PurgeLock {

  /** Takes or extends the lease for {@code holder} until {@code until}; false if another has it. */
  boolean tryAcquire(String holder, Instant now, Instant until);

  /** Gives the lease up, if {@code holder} has it. */
  void release(String holder);
}
