package io.postbot.web.retention;

import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectRequests;
import io.postbot.retention.api.DataSubjectRequests.ErasureReceipt;
import io.postbot.retention.api.SubjectQuery;
import io.postbot.web.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Data-subject requests for administrators: find everything about a person by exactly one of
 * e-mail, phone, tracking number or conversation id; export it as JSON or PDF; erase it with a
 * reason. The person's data is only ever in the response, never in the log or the audit.
 */
@Path("v1/admin/data-subject")
@RequestScoped
@Tag(name = "Administration", description = "Retention and data-subject requests (role ADMIN)")
public class DataSubjectResource {

  @Inject DataSubjectRequests requests;
  @Inject Audited audited;
  @Context SecurityContext security;

  @GET
  @RolesAllowed(AdminOnly.ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Everything stored about a person, with legal basis and erasure dates")
  public DataSubjectReport find(
      @QueryParam("email") String email,
      @QueryParam("phone") String phone,
      @QueryParam("tracking") String tracking,
      @QueryParam("conversation") String conversation) {
    AdminOnly.check(security);
    SubjectQuery query = SubjectQuery.of(email, phone, tracking, conversation);
    DataSubjectReport report = requests.find(query);
    audited.record("privacy.searched", subject(query));
    return report;
  }

  @GET
  @RolesAllowed(AdminOnly.ROLE)
  // JSON is preferred when a client accepts both: the PDF is asked for by name (Accept).
  @Produces("application/pdf;qs=0.5")
  @Operation(summary = "The same report as a readable PDF document (Accept: application/pdf)")
  public Response pdf(
      @QueryParam("email") String email,
      @QueryParam("phone") String phone,
      @QueryParam("tracking") String tracking,
      @QueryParam("conversation") String conversation) {
    AdminOnly.check(security);
    SubjectQuery query = SubjectQuery.of(email, phone, tracking, conversation);
    byte[] pdf = requests.pdf(query);
    audited.record("privacy.exported", subject(query));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"postbot-data.pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @RolesAllowed(AdminOnly.ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Erase everything about a person; the reason goes to the audit, redacted")
  @APIResponse(responseCode = "409", description = "A complaint under retention: confirm it")
  public ErasureReceipt erase(
      @QueryParam("email") String email,
      @QueryParam("phone") String phone,
      @QueryParam("tracking") String tracking,
      @QueryParam("conversation") String conversation,
      @QueryParam("reason") String reason,
      @QueryParam("confirmComplaint") @DefaultValue("false") boolean confirmComplaint) {
    AdminOnly.check(security);
    SubjectQuery query = SubjectQuery.of(email, phone, tracking, conversation);
    ErasureReceipt receipt = requests.erase(query, reason, confirmComplaint);
    audited.record(
        "privacy.erased", subject(query) + ", " + receipt.conversations() + " conversation(s)");
    return receipt;
  }

  /** What the audit says was asked for: the kind of key, over the API, never its value. */
  private static String subject(SubjectQuery query) {
    return "data subject by " + query.kind().name().toLowerCase(java.util.Locale.ROOT) + " (API)";
  }
}
