package archfixture.chat.application;

import archfixture.handoff.api.Queue;

/** An upstream use case that wrongly depends on a downstream context. */
public class CallsDownstream {
  Queue queue;
}
