package io.postbot.web.content;

import io.postbot.chat.api.ContentAdministration;
import io.postbot.chat.api.ContentChange;
import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.DraftPreview;
import io.postbot.chat.api.DraftView;
import io.postbot.chat.api.Editor;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.api.PublicationView;
import io.postbot.handoff.api.OpeningHoursAdministration;
import io.postbot.handoff.api.OpeningHoursView;
import io.postbot.shared.Language;
import io.postbot.web.audit.Audited;
import io.postbot.web.console.ConsoleRefusals;
import io.postbot.web.console.ConsoleSession;
import io.postbot.web.console.ConsoleTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Content management: the shared draft's intents, editing one (checked by the start-up's rules),
 * trying the bot against the draft, publishing, the history with each version's changes and
 * rollback, Markdown export and import, and customer service's opening hours.
 */
@Named
@ViewScoped
public class ContentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Markdown archives bigger than this are refused before they are read. */
  static final long MAX_IMPORT = 5L * 1024 * 1024;

  @Inject transient ContentAdministration content;
  @Inject transient OpeningHoursAdministration hours;
  @Inject transient Audited audit;
  @Inject ConsoleSession session;

  private IntentEditor editing;
  private String trySentence;
  private String tryLanguage = "en";
  private transient DraftPreview preview;
  private String note;
  private Integer changesOf;
  private String hoursSpec;
  private transient Part upload;

  public DraftView getDraft() {
    return content.draft();
  }

  public List<PublicationView> getHistory() {
    return content.history(30);
  }

  /** "(the content of version 2)" for a rollback's publication, else nothing. */
  public String restoredFrom(PublicationView p) {
    return p.restoredFrom().map(v -> ConsoleTexts.get("content.restoredFrom", v)).orElse("");
  }

  public List<ContentChange> getChanges() {
    return changesOf == null ? List.of() : content.changesIn(changesOf);
  }

  public void edit(String id) {
    editing = IntentEditor.of(content.intent(id));
  }

  public void newIntent() {
    editing = new IntentEditor();
  }

  public void cancel() {
    editing = null;
  }

  public void save() {
    try {
      content.saveIntent(editing.getOriginalId(), editing.form(), editor());
      audit.record("content.saved", "intent " + editing.getId());
      info("content.savedMessage");
      editing = null;
    } catch (InvalidContentException e) {
      problems(e);
    } catch (IllegalArgumentException e) {
      error(ConsoleRefusals.text(e));
    }
  }

  public void delete() {
    try {
      content.deleteIntent(editing.getOriginalId(), editor());
      audit.record("content.deleted", "intent " + editing.getOriginalId());
      info("content.deletedMessage");
      editing = null;
    } catch (InvalidContentException e) {
      problems(e);
    }
  }

  public void tryBot() {
    if (trySentence == null || trySentence.isBlank()) {
      error(ConsoleTexts.get("content.trySentenceMissing"));
      return;
    }
    preview = content.tryDraft(trySentence, Language.fromCode(tryLanguage));
  }

  public DraftPreview.Answer getAnswer() {
    return preview instanceof DraftPreview.Answer a ? a : null;
  }

  public DraftPreview.Learning getLearning() {
    return preview instanceof DraftPreview.Learning l ? l : null;
  }

  public void publish() {
    try {
      PublicationView published = content.publish(note, editor());
      audit.record("content.published", "content version " + published.version());
      info("content.publishedMessage", published.version());
      note = null;
    } catch (InvalidContentException e) {
      problems(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      error(ConsoleRefusals.text(e));
    }
  }

  public void discard() {
    content.discardDraft(editor());
    audit.record("content.discarded", "content draft");
    info("content.discardedMessage");
  }

  public void showChanges(int version) {
    changesOf = version;
  }

  public void rollBackTo(int version) {
    try {
      PublicationView published = content.rollBackTo(version, editor());
      audit.record("content.rolledBack", "content version " + version);
      info("content.rolledBackMessage", version, published.version());
    } catch (IllegalArgumentException | IllegalStateException e) {
      error(ConsoleRefusals.text(e));
    }
  }

  public StreamedContent getExportPublished() {
    return export(false);
  }

  public StreamedContent getExportDraft() {
    return export(true);
  }

  private StreamedContent export(boolean draft) {
    byte[] zip = content.exportMarkdown(draft);
    audit.record("content.exported", draft ? "content draft" : "published content");
    return DefaultStreamedContent.builder()
        .name(draft ? "postbot-content-draft.zip" : "postbot-content.zip")
        .contentType("application/zip")
        .stream(() -> new ByteArrayInputStream(zip))
        .build();
  }

  public void importMarkdown() {
    if (upload == null || upload.getSize() == 0) {
      error(ConsoleTexts.get("content.chooseFile"));
      return;
    }
    if (upload.getSize() > MAX_IMPORT) {
      error(ConsoleTexts.get("content.fileTooBig"));
      return;
    }
    try {
      content.importMarkdown(
          upload.getSubmittedFileName(), upload.getInputStream().readAllBytes(), editor());
      audit.record("content.imported", "content draft from Markdown");
      info("content.importedMessage");
    } catch (InvalidContentException e) {
      problems(e);
    } catch (IOException e) {
      error(ConsoleTexts.get("content.chooseFile"));
    }
  }

  public OpeningHoursView getHours() {
    return hours.current();
  }

  public void changeHours() {
    try {
      hours.change(hoursSpec, session.getUsername());
      audit.record("hours.changed", "opening hours " + hoursSpec);
      info("content.hoursChanged");
    } catch (IllegalArgumentException e) {
      error(ConsoleRefusals.text(e));
    }
  }

  private Editor editor() {
    return new Editor(session.getUsername());
  }

  private void problems(InvalidContentException e) {
    Locale language = ConsoleTexts.locale();
    for (ContentProblem p : e.problems()) {
      error(p.text(language));
    }
  }

  private static void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, ConsoleTexts.get(key, arguments), null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public IntentEditor getEditing() {
    return editing;
  }

  public String getTrySentence() {
    return trySentence;
  }

  public void setTrySentence(String trySentence) {
    this.trySentence = trySentence;
  }

  public String getTryLanguage() {
    return tryLanguage;
  }

  public void setTryLanguage(String tryLanguage) {
    this.tryLanguage = tryLanguage;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Integer getChangesOf() {
    return changesOf;
  }

  public String getHoursSpec() {
    return hoursSpec == null ? getHours().spec() : hoursSpec;
  }

  public void setHoursSpec(String hoursSpec) {
    this.hoursSpec = hoursSpec;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
