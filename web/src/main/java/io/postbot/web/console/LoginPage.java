package io.postbot.web.console;

import io.postbot.handoff.api.AgentAccounts;
import io.postbot.web.ratelimit.RateLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/** The login form: username and password, handed to Jakarta Security. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject AgentAccounts accounts;
  @Inject Clock clock;
  @Inject SignInLimits limits;
  @Inject RateLimits rateLimits;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String caller = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    String address =
        rateLimits.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    SignInGuard guard = limits.guard();
    SignInGuard.Verdict verdict = guard.mayTry(caller, address);
    if (verdict != SignInGuard.Verdict.ALLOWED) {
      password = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              ConsoleTexts.get(
                  verdict == SignInGuard.Verdict.TOO_MANY ? "login.too-many" : "login.invalid"),
              null));
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(caller, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        guard.succeeded(caller, address);
        // a session id known before sign-in (fixed by an attacker) must not become a signed-in one
        request.changeSessionId();
        request.getSession().setAttribute(SessionLifetime.SIGNED_IN_AT, clock.instant());
        accounts.consoleLanguage(caller).ifPresent(l -> ConsoleLanguage.remember(external, l));
        external.redirect(external.getRequestContextPath() + "/console/index.xhtml");
      }
      default -> {
        guard.failed(caller, address);
        password = null;
        // one message for every failure: it tells nobody whether the user exists or is locked
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleTexts.get("login.invalid"), null));
      }
    }
  }

  public boolean isDemoMode() {
    return accounts.demoMode();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
