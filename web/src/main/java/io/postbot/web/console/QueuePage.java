package io.postbot.web.console;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.ChatSummary;
import io.postbot.handoff.api.WaitingCustomer;
import io.postbot.shared.ConversationId;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The queue view: waiting customers with their wait, language and the bot's summary; the agent's
 * own chats; offline requests. Taking a customer is decided by the database, exactly once.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AgentDesk desk;
  @Inject ConsoleSession session;

  public List<WaitingCustomer> getWaiting() {
    return desk.queue();
  }

  public List<ChatSummary> getMyChats() {
    return desk.chatsInProgress(session.getUsername());
  }

  public List<ChatSummary> getOfflineRequests() {
    return desk.offlineRequests();
  }

  /** Takes the customer and opens the chat; another agent may have been faster. */
  public String take(String conversation) {
    try {
      desk.take(ConversationId.parse(conversation), session.getUsername());
      return "/console/chat.xhtml?faces-redirect=true&c=" + conversation;
    } catch (IllegalStateException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN, ConsoleTexts.get("queue.alreadyTaken"), null));
      return null;
    }
  }

  public static String format(Duration duration) {
    if (duration == null) {
      return "–";
    }
    long s = duration.toSeconds();
    return s < 3600
        ? String.format("%d:%02d", s / 60, s % 60)
        : String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }

  public String waited(WaitingCustomer customer) {
    return format(customer.waited());
  }
}
