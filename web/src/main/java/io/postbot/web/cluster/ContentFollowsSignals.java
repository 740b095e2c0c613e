package io.postbot.web.cluster;

import io.postbot.chat.api.ChatRefresh;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A publication or model activation on another server (or signals missed while this server's
 * listener was down): this server takes it up now rather than at its next scheduled check, off the
 * listener's thread, since reading a model takes a while.
 */
@ApplicationScoped
public class ContentFollowsSignals {

  private static final Logger LOG = Logger.getLogger(ContentFollowsSignals.class.getName());

  @Inject ChatRefresh refresh;

  @Resource ManagedExecutorService executor;

  void changed(@Observes LiveSignal.ContentChanged signal) {
    executor.execute(this::catchUp);
  }

  void resync(@Observes LiveSignal.Resync signal) {
    executor.execute(this::catchUp);
  }

  private void catchUp() {
    try {
      refresh.catchUp();
    } catch (RuntimeException e) {
      // the scheduled check tries again; the message may quote content
      LOG.log(Level.WARNING, "content and model refresh failed: " + e.getClass().getName());
    }
  }
}
