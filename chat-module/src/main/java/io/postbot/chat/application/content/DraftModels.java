package io.postbot.chat.application.content;

import io.postbot.chat.api.DraftPreview;
import io.postbot.chat.domain.model.understanding.ActiveModel;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The models "try the bot" understands a sentence with. When the draft teaches exactly what the
 * active model version learnt (answers changed, examples not), that is the active model; else a
 * model of the draft, trained in the background on this server (one at a time) and kept until the
 * draft's examples change again. Never saved: only published content becomes a model version.
 */
@ApplicationScoped
public class DraftModels {

  private static final Logger LOG = Logger.getLogger(DraftModels.class.getName());

  @Inject ModelTraining training;
  @Inject ActiveModel active;
  @Inject Event<Wanted> wanted;

  private volatile Trained latest;
  private volatile DraftPreview.Learning progress;
  private String trainingFingerprint;

  /** A draft's examples to learn, with their fingerprint. */
  record Wanted(List<LabelledSentence> examples, String fingerprint) {}

  private record Trained(String fingerprint, TrainedModel model) {}

  /**
   * The model for a draft whose examples have this fingerprint, or empty while it is learnt.
   *
   * @param activeFingerprint what the active version learnt (its model serves when equal)
   */
  Optional<TrainedModel> model(
      List<LabelledSentence> examples, String fingerprint, String activeFingerprint) {
    if (fingerprint.equals(activeFingerprint) && active.model().isPresent()) {
      return active.model();
    }
    Trained current = latest;
    if (current != null && current.fingerprint().equals(fingerprint)) {
      return Optional.of(current.model());
    }
    synchronized (this) {
      if (trainingFingerprint == null) {
        trainingFingerprint = fingerprint;
        progress = new DraftPreview.Learning("queued", 0, 0);
        wanted
            .fireAsync(new Wanted(examples, fingerprint))
            .exceptionally(failure -> {
              LOG.log(Level.WARNING, "a draft model could not be trained", failure);
              done(null);
              return null;
            });
      }
    }
    return Optional.empty();
  }

  DraftPreview.Learning progress() {
    DraftPreview.Learning p = progress;
    return p == null ? new DraftPreview.Learning("queued", 0, 0) : p;
  }

  void train(@ObservesAsync Wanted draft) {
    try {
      TrainedModel model =
          training.train(
              draft.examples(),
              (stage, done, total) -> progress = new DraftPreview.Learning(stage, done, total));
      done(new Trained(draft.fingerprint(), model));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a draft model could not be trained", e);
      done(null);
    }
  }

  private synchronized void done(Trained trained) {
    if (trained != null) {
      latest = trained;
    }
    trainingFingerprint = null;
    progress = null;
  }
}
