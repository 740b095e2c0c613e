package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a console session once its absolute lifetime is over (postbot.console.session-lifetime,
 * default 10 hours), or once an administrator deactivated its user: the user signs in again. Pages
 * are sent to the login form, agent endpoints answer 401.
 */
@WebFilter(urlPatterns = {"/console/*", "/api/agent/*"})
public class SessionLifetimeFilter extends HttpFilter {

  @Inject
  @ConfigProperty(name = "postbot.console.session-lifetime", defaultValue = "PT10H")
  String lifetime;

  @Inject Clock clock;
  @Inject AgentAccounts accounts;

  /** An administrator deactivated the signed-in user: their sessions end at the next request. */
  private boolean deactivated(HttpServletRequest request) {
    return request.getUserPrincipal() != null
        && accounts.isLocked(request.getUserPrincipal().getName());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SessionLifetime.SIGNED_IN_AT) instanceof Instant signedInAt
        && (new SessionLifetime(Duration.parse(lifetime)).isOver(signedInAt, clock.instant())
            || deactivated(request))) {
      session.invalidate();
      request.logout();
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      } else {
        response.sendRedirect(request.getContextPath() + "/console/login.xhtml");
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
