package io.postbot.web.review;

import io.postbot.chat.api.Editor;
import io.postbot.chat.api.EvaluationSetView;
import io.postbot.chat.api.ModelAdministration;
import io.postbot.chat.api.ModelVersionView;
import io.postbot.chat.api.NothingNewToLearnException;
import io.postbot.chat.api.NothingToRollBackException;
import io.postbot.chat.api.TrainingAlreadyRunningException;
import io.postbot.web.audit.Audited;
import io.postbot.web.console.ConsoleSession;
import io.postbot.web.console.ConsoleTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Model versions: the evaluation set, training a new version in the background (its progress shown
 * while the page polls), every version with its figures against the one that was active, and one
 * click back to the previous version.
 */
@Named
@ViewScoped
public class ModelsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModelAdministration models;
  @Inject transient Audited audit;
  @Inject ConsoleSession session;

  public List<ModelVersionView> getVersions() {
    return models.versions(50);
  }

  public EvaluationSetView getEvaluationSet() {
    return models.evaluationSet();
  }

  public boolean isTraining() {
    return getVersions().stream().anyMatch(v -> v.state() == ModelVersionView.State.TRAINING);
  }

  public boolean isRollBackPossible() {
    return getVersions().stream().anyMatch(ModelVersionView::rollBackTarget);
  }

  public void train() {
    try {
      ModelVersionView started = models.train(editor());
      audit.record("model.train", "model version " + started.number());
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("models.started", started.number()));
    } catch (TrainingAlreadyRunningException e) {
      message(FacesMessage.SEVERITY_WARN, ConsoleTexts.get("models.alreadyTraining"));
    } catch (NothingNewToLearnException e) {
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("models.nothingNew"));
    }
  }

  public void rollBack() {
    try {
      ModelVersionView active = models.rollBack(editor());
      audit.record("model.rollback", "model version " + active.number());
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("models.rolledBack", active.number()));
    } catch (NothingToRollBackException e) {
      message(FacesMessage.SEVERITY_WARN, ConsoleTexts.get("models.nothingToRollBack"));
    }
  }

  private Editor editor() {
    return new Editor(session.getUsername());
  }

  /** The version's accuracy on the evaluation set, or a dash while it trains. */
  public String accuracy(ModelVersionView v) {
    return v.figures().map(f -> percent(f.accuracy())).orElse("–");
  }

  /** "version 3: 91 %, +2 / −1" against the version that was active, or the failure, or nothing. */
  public String comparison(ModelVersionView v) {
    if (v.failure().isPresent()) {
      return v.failure().get();
    }
    return v.comparedWith()
        .map(n ->
            ConsoleTexts.get("models.comparedWith", n)
                + ": "
                + v.comparedFigures().map(f -> percent(f.accuracy())).orElse("–")
                + ", +"
                + v.won().orElse(0)
                + " / −"
                + v.lost().orElse(0))
        .orElse("");
  }

  /** "87.5 %", or a dash for a figure not measured. */
  public String percent(double share) {
    java.text.NumberFormat f =
        java.text.NumberFormat.getPercentInstance(
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    f.setMaximumFractionDigits(1);
    return Double.isNaN(share) ? "–" : f.format(share);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
