package io.postbot.web.retention;

import io.postbot.retention.api.PurgeAudit;
import io.postbot.retention.api.PurgeRunView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The erasure audit for administrators: every purge run and every erasure on request. */
@Path("v1/admin/purge-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Retention and data-subject requests (role ADMIN)")
public class PurgeRunResource {

  @Inject PurgeAudit audit;
  @Context SecurityContext security;

  @GET
  @RolesAllowed(AdminOnly.ROLE)
  @Operation(
      summary = "The latest purge runs: when, what kind, how many, how long; no personal data")
  public List<PurgeRunView> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
    AdminOnly.check(security);
    return audit.latest(limit);
  }
}
