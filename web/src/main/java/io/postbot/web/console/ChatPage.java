package io.postbot.web.console;

import io.postbot.chat.api.MessageView;
import io.postbot.handoff.api.AgentAccounts;
import io.postbot.handoff.api.AgentChatView;
import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.AgentPresence;
import io.postbot.handoff.api.CannedResponseView;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.web.audit.Audited;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The chat view: the whole conversation (bot part included), contact details, live messaging,
 * canned responses, internal notes, transfer and closing with a category.
 */
@Named
@ViewScoped
public class ChatPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AgentDesk desk;
  @Inject transient AgentAccounts accounts;
  @Inject ConsoleSession session;
  @Inject transient Audited audit;

  private String conversation;
  private String text;
  private String note;
  private String transferTo;
  private ContactCategory category;

  private boolean viewRecorded;
  private transient AgentChatView cached;
  private transient FacesContext cachedFor;

  /** The chat as of this request: read once per request, however often the page asks. */
  public AgentChatView getChat() {
    FacesContext request = FacesContext.getCurrentInstance();
    if (cachedFor != request) {
      cached = id() == null ? null : read();
      cachedFor = request;
      if (cached != null && !viewRecorded) {
        // opening a chat shows the customer's contact details: once per page, in the audit log
        viewRecorded = true;
        audit.record("chat.opened", "agent chat with contact details");
      }
    }
    return cached;
  }

  private AgentChatView read() {
    try {
      return desk.chat(id(), session.getUsername());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public List<MessageView> getMessages() {
    AgentChatView chat = getChat();
    return chat == null ? List.of() : chat.transcript().messages();
  }

  public boolean isMine() {
    AgentChatView chat = getChat();
    return chat != null && session.getUsername().equals(chat.summary().agent());
  }

  public List<CannedResponseView> getCanned() {
    AgentChatView chat = getChat();
    return chat == null ? List.of() : desk.cannedResponses(chat.summary().language());
  }

  public List<AgentPresence> getColleagues() {
    return accounts.users().stream()
        .filter(u -> !u.username().equals(session.getUsername()))
        .toList();
  }

  public ContactCategory[] getCategories() {
    return ContactCategory.values();
  }

  public void send() {
    act(() -> desk.send(id(), session.getUsername(), text));
    text = null;
  }

  public void useCanned(String cannedText) {
    text = cannedText;
  }

  public void typing() {
    if (id() != null && isMine()) {
      desk.typing(id(), session.getUsername());
    }
  }

  public void addNote() {
    act(() -> desk.note(id(), session.getUsername(), note));
    note = null;
  }

  public String transfer() {
    if (act(() -> desk.transfer(id(), session.getUsername(), transferTo))) {
      return "/console/index.xhtml?faces-redirect=true";
    }
    return null;
  }

  public String close() {
    if (category == null) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("chat.needsCategory"));
      return null;
    }
    if (act(() -> desk.close(id(), session.getUsername(), category))) {
      return "/console/index.xhtml?faces-redirect=true";
    }
    return null;
  }

  private boolean act(Runnable action) {
    try {
      action.run();
      cachedFor = null;
      return true;
    } catch (IllegalArgumentException | IllegalStateException e) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e));
      return false;
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private ConversationId id() {
    try {
      return conversation == null ? null : ConversationId.parse(conversation);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getConversation() {
    return conversation;
  }

  public void setConversation(String conversation) {
    this.conversation = conversation;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getTransferTo() {
    return transferTo;
  }

  public void setTransferTo(String transferTo) {
    this.transferTo = transferTo;
  }

  public ContactCategory getCategory() {
    return category;
  }

  public void setCategory(ContactCategory category) {
    this.category = category;
  }
}
