package io.postbot.web.retention;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The administrators' endpoints check the role themselves too, so they stay closed even where the
 * runtime does not enforce {@code @RolesAllowed} on JAX-RS resources.
 */
final class AdminOnly {

  static final String ROLE = "ADMIN";

  private AdminOnly() {}

  static void check(SecurityContext security) {
    if (security == null || security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"postbot\"");
    }
    if (!security.isUserInRole(ROLE)) {
      throw new ForbiddenException();
    }
  }
}
