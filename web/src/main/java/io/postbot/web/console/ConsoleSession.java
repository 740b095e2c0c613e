package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import io.postbot.handoff.api.AgentDesk;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;

/**
 * The signed-in console user: who they are, what roles they act in, their presence (the page's
 * heartbeat keeps them online) and logout.
 */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;
  @Inject transient AgentDesk desk;
  @Inject transient AgentAccounts accounts;
  @Inject transient ConsoleChannels channels;

  public String getUsername() {
    return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
  }

  public boolean isSupervisor() {
    return security.isCallerInRole("SUPERVISOR");
  }

  public boolean isAdmin() {
    return security.isCallerInRole("ADMIN");
  }

  public boolean isDemoMode() {
    return accounts.demoMode();
  }

  /** A list for display: "a, b, c", or a dash when empty. */
  public String join(java.util.Collection<String> items) {
    return items == null || items.isEmpty()
        ? "–"
        : String.join(", ", items.stream().sorted().toList());
  }

  /** Called by the page every few seconds: the agent is online while a console page is open. */
  public void heartbeat() {
    String username = getUsername();
    if (username != null) {
      desk.heartbeat(username);
      ConsoleSessions.remember(FacesContext.getCurrentInstance(), username);
    }
  }

  public void logout() throws IOException, ServletException {
    String username = getUsername();
    if (username != null) {
      desk.signedOut(username);
      channels.signedOut(username);
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/console/login.xhtml");
  }
}
