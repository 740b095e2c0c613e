package io.postbot.web.review;

import io.postbot.chat.api.ContentAdministration;
import io.postbot.chat.api.IntentChoice;
import io.postbot.shared.Language;
import io.postbot.statistics.api.ReviewDesk;
import io.postbot.statistics.api.ReviewItem;
import io.postbot.statistics.api.ReviewRequest;
import io.postbot.statistics.api.ReviewSampleNotFoundException;
import io.postbot.statistics.api.ReviewSelection;
import io.postbot.statistics.api.ReviewSummary;
import io.postbot.statistics.api.SampleAlreadyReviewedException;
import io.postbot.web.audit.Audited;
import io.postbot.web.console.ConsoleLanguage;
import io.postbot.web.console.ConsoleRefusals;
import io.postbot.web.console.ConsoleTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The random review: draw recent questions (redacted, with the bot's understanding and the day
 * only), and mark each right, wrong with the right intent, a new topic, or discard it. Rows are
 * addressed by their place in the drawn list; the samples' handles never reach the page.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReviewDesk desk;
  @Inject transient ContentAdministration content;
  @Inject transient ConsoleLanguage language;
  @Inject transient Audited audit;

  private ReviewSelection selection = ReviewSelection.UNIFORM;
  private int size = 10;
  private int days = 30;
  private String only = "";
  private transient List<ReviewItem> drawn = new ArrayList<>();
  private Map<Integer, String> rightIntents = new HashMap<>();

  public void draw() {
    try {
      drawn =
          new ArrayList<>(
              desk.draw(
                  new ReviewRequest(
                      selection,
                      size,
                      days,
                      only.isBlank() ? Optional.empty() : Optional.of(Language.fromCode(only)))));
      rightIntents = new HashMap<>();
      if (drawn.isEmpty()) {
        message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("review.nothingToDraw"));
      }
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("review.badRequest"));
    }
  }

  public void confirm(int row) {
    judge(row, "review.confirmed", item -> desk.confirm(item.handle()));
  }

  public void correct(int row) {
    String right = rightIntents.get(row);
    if (right == null || right.isBlank()) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("review.chooseIntent"));
      return;
    }
    judge(row, "review.corrected", item -> desk.correct(item.handle(), right));
  }

  public void newTopic(int row) {
    judge(row, "review.newTopicMarked", item -> desk.markNewTopic(item.handle()));
  }

  public void discard(int row) {
    judge(
        row,
        "review.discarded",
        item -> {
          desk.discard(item.handle());
          return null;
        });
  }

  private void judge(int row, String done, Function<ReviewItem, ReviewItem> verdict) {
    if (drawn == null || row < 0 || row >= drawn.size() || drawn.get(row) == null) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("review.gone"));
      return;
    }
    try {
      ReviewItem judged = verdict.apply(drawn.get(row));
      drawn.set(row, judged);
      audit.record("review." + done.substring("review.".length()), "review sample");
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get(done));
    } catch (SampleAlreadyReviewedException e) {
      message(FacesMessage.SEVERITY_WARN, ConsoleTexts.get("review.already"));
    } catch (ReviewSampleNotFoundException e) {
      drawn.set(row, null);
      message(FacesMessage.SEVERITY_WARN, ConsoleTexts.get("review.gone"));
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e));
    }
  }

  /** The drawn rows with their place, for the table; a discarded row is left out. */
  public List<Row> getRows() {
    List<Row> rows = new ArrayList<>();
    if (drawn != null) {
      for (int i = 0; i < drawn.size(); i++) {
        if (drawn.get(i) != null) {
          rows.add(new Row(i, drawn.get(i)));
        }
      }
    }
    return rows;
  }

  /**
   * One drawn question and its place in the list, with what the page shows of its optional parts
   * (Jakarta EL reads an Optional as its value, and a record's properties as its components only,
   * so the page calls these methods).
   */
  public record Row(int index, ReviewItem item) {

    public boolean reviewed() {
      return item.verdict().isPresent();
    }

    public String verdictName() {
      return item.verdict().map(Enum::name).orElse(null);
    }

    public String rightIntentId() {
      return item.rightIntent().orElse(null);
    }

    public Double confidenceOrNull() {
      return item.confidence().orElse(null);
    }
  }

  public List<IntentChoice> getIntentChoices() {
    return content.intentChoices(language.getLanguage());
  }

  public ReviewSummary getSummary() {
    return desk.summary(days);
  }

  public ReviewSelection[] getSelections() {
    return ReviewSelection.values();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public Map<Integer, String> getRightIntents() {
    return rightIntents;
  }

  public ReviewSelection getSelection() {
    return selection;
  }

  public void setSelection(ReviewSelection selection) {
    this.selection = selection;
  }

  public int getSize() {
    return size;
  }

  public void setSize(int size) {
    this.size = size;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public String getOnly() {
    return only;
  }

  public void setOnly(String only) {
    this.only = only == null ? "" : only;
  }
}
