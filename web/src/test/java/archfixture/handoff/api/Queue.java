package archfixture.handoff.api;

import archfixture.retention.api.Purge;

/** A handoff api type that wrongly depends on retention. */
public interface Queue {
  Purge purge();
}
