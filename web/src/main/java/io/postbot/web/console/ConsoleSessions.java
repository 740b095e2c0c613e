package io.postbot.web.console;

import io.postbot.handoff.api.AgentDesk;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When a console session times out (30 minutes), its agent is no longer online. */
@WebListener
public class ConsoleSessions implements HttpSessionListener {

  private static final String AGENT = "postbot.console.agent";

  static void remember(FacesContext faces, String username) {
    HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
    if (session != null && session.getAttribute(AGENT) == null) {
      session.setAttribute(AGENT, username);
    }
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object agent = event.getSession().getAttribute(AGENT);
    if (agent instanceof String username) {
      CDI.current().select(AgentDesk.class).get().signedOut(username);
    }
  }
}
