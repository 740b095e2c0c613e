package io.postbot.retention.api;

import java.util.List;

/** The audit trail of erasure, for operators: every purge run and every erasure on request. */
public interface PurgeAudit {

  /** The most recent runs, newest first. */
  List<PurgeRunView> latest(int limit);
}
