package io.postbot.web.audit;

import io.postbot.retention.api.AdminAuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Records the signed-in console user's action in the audit log, with the address of this request.
 * Pages call it once an action succeeded, naming what it touched in words, never a customer's data.
 */
@RequestScoped
public class Audited {

  @Inject AdminAuditLog log;
  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  public void record(String action, String subject) {
    record(action, subject, null);
  }

  /** An action on a console user (say, a new one): their username is kept as it is. */
  public void record(String action, String subject, String consoleUser) {
    String actor =
        security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    log.record(actor, action, subject, consoleUser, request.getRemoteAddr());
  }
}
