package io.postbot.web.retention;

import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectRequests;
import io.postbot.retention.api.DataSubjectRequests.ErasureReceipt;
import io.postbot.retention.api.SubjectQuery;
import io.postbot.shared.InvalidInputException;
import io.postbot.web.audit.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
 * reason. The person's identifier travels in the POST body, never in the address (which proxies and
 * access logs keep); their data is only ever in the response, never in the log or the audit.
 */
@Path("v1/admin/data-subject")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Retention and data-subject requests (role ADMIN)")
public class DataSubjectResource {

  /** Exactly one of the identifiers. */
  public record Subject(String email, String phone, String tracking, String conversation) {
    SubjectQuery query() {
      return SubjectQuery.of(email, phone, tracking, conversation);
    }
  }

  /** The person, why they are erased, and whether a complaint under retention may go too. */
  public record Erasure(
      String email,
      String phone,
      String tracking,
      String conversation,
      String reason,
      boolean confirmComplaint) {}

  @Inject DataSubjectRequests requests;
  @Inject Audited audited;
  @Context SecurityContext security;

  @POST
  @Path("search")
  @RolesAllowed(AdminOnly.ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Everything stored about a person, with legal basis and erasure dates")
  public DataSubjectReport find(Subject subject) {
    AdminOnly.check(security);
    SubjectQuery query = required(subject).query();
    DataSubjectReport report = requests.find(query);
    audited.record("privacy.searched", subject(query));
    return report;
  }

  @POST
  @Path("search")
  @RolesAllowed(AdminOnly.ROLE)
  // JSON is preferred when a client accepts both: the PDF is asked for by name (Accept).
  @Produces("application/pdf;qs=0.5")
  @Operation(summary = "The same report as a readable PDF document (Accept: application/pdf)")
  public Response pdf(Subject subject) {
    AdminOnly.check(security);
    SubjectQuery query = required(subject).query();
    byte[] pdf = requests.pdf(query);
    audited.record("privacy.exported", subject(query));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"postbot-data.pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("erasure")
  @RolesAllowed(AdminOnly.ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Erase everything about a person; the reason goes to the audit, redacted")
  @APIResponse(responseCode = "409", description = "A complaint under retention: confirm it")
  public ErasureReceipt erase(Erasure erasure) {
    AdminOnly.check(security);
    if (erasure == null) {
      throw new InvalidInputException(
          "invalid-data-subject-request",
          "subject.one-identifier",
          "send the person's identifier and a reason");
    }
    SubjectQuery query =
        SubjectQuery.of(
            erasure.email(), erasure.phone(), erasure.tracking(), erasure.conversation());
    ErasureReceipt receipt = requests.erase(query, erasure.reason(), erasure.confirmComplaint());
    audited.record(
        "privacy.erased", subject(query) + ", " + receipt.conversations() + " conversation(s)");
    return receipt;
  }

  /** What the audit says was asked for: the kind of key, over the API, never its value. */
  private static String subject(SubjectQuery query) {
    return "data subject by " + query.kind().name().toLowerCase(java.util.Locale.ROOT) + " (API)";
  }

  private static Subject required(Subject subject) {
    if (subject == null) {
      throw new InvalidInputException(
          "invalid-data-subject-request",
          "subject.one-identifier",
          "give exactly one of email, phone, tracking or conversation");
    }
    return subject;
  }
}
