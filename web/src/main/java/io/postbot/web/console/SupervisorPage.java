package io.postbot.web.console;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.CannedResponseView;
import io.postbot.handoff.api.ChatSummary;
import io.postbot.handoff.api.SupervisorOverview;
import io.postbot.shared.Language;
import io.postbot.web.audit.Audited;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The supervisor's view: agents and load, queue, chats in progress, measured times, canned
 * responses.
 */
@Named
@ViewScoped
public class SupervisorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AgentDesk desk;
  @Inject transient Audited audit;

  private Language language = Language.EN;
  private String title;
  private String text;

  @Inject OverviewOfThisRequest overview;

  /** The overview as of this request: computed once however often the page asks for it. */
  public SupervisorOverview getOverview() {
    return overview.get();
  }

  public List<ChatSummary> getChatsInProgress() {
    return desk.chatsInProgress(null);
  }

  public List<CannedResponseView> getCanned() {
    return desk.allCannedResponses();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String format(java.time.Duration duration) {
    return QueuePage.format(duration);
  }

  public void addCanned() {
    try {
      desk.addCannedResponse(language, title, text);
      audit.record("canned.added", "canned response \"" + title + "\" (" + language.code() + ")");
      title = null;
      text = null;
    } catch (IllegalArgumentException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e), null));
    }
  }

  public void removeCanned(UUID id) {
    desk.removeCannedResponse(id);
    audit.record("canned.removed", "canned response");
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
