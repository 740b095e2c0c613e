package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import io.postbot.handoff.api.AgentPresence;
import io.postbot.web.audit.Audited;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The administrator's view: console users and their roles; new users, deactivation, reactivation
 * and password resets, each written to the audit log.
 */
@Named
@ViewScoped
public class AdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AgentAccounts accounts;
  @Inject transient ConsoleChannels channels;
  @Inject ConsoleSession session;
  @Inject transient Audited audit;

  private String username;
  private String displayName;
  private String role = "AGENT";
  private String password;
  private String resetUser;
  private String newPassword;

  public List<AgentPresence> getUsers() {
    return accounts.users();
  }

  public void create() {
    try {
      accounts.create(
          username, displayName, Set.of(role), password == null ? null : password.toCharArray());
      audit.record("user.created", "console user, role " + role, username);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, ConsoleTexts.get("users.created"), null));
      username = null;
      displayName = null;
      password = null;
    } catch (IllegalArgumentException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e), null));
    }
  }

  /** Deactivates a user and closes their open console pages; never the admin's own account. */
  public void deactivate(String user) {
    if (user.equals(session.getUsername())) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("users.notYourself"));
      return;
    }
    if (act(() -> accounts.deactivate(user))) {
      audit.record("user.deactivated", "console user", user);
      channels.signedOut(user);
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("users.deactivatedDone"));
    }
  }

  public void reactivate(String user) {
    if (act(() -> accounts.reactivate(user))) {
      audit.record("user.reactivated", "console user", user);
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("users.reactivatedDone"));
    }
  }

  public void resetPassword() {
    char[] chosen = newPassword == null ? null : newPassword.toCharArray();
    newPassword = null;
    if (act(() -> accounts.resetPassword(resetUser, chosen))) {
      audit.record("user.passwordReset", "console user", resetUser);
      message(FacesMessage.SEVERITY_INFO, ConsoleTexts.get("users.resetDone"));
    }
  }

  private static boolean act(Runnable action) {
    try {
      action.run();
      return true;
    } catch (IllegalArgumentException e) {
      message(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e));
      return false;
    }
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getResetUser() {
    return resetUser;
  }

  public void setResetUser(String resetUser) {
    this.resetUser = resetUser;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
