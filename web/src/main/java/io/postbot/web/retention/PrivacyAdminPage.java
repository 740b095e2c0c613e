package io.postbot.web.retention;

import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectRequests;
import io.postbot.retention.api.PurgeAudit;
import io.postbot.retention.api.PurgeRunView;
import io.postbot.retention.api.SubjectQuery;
import io.postbot.web.audit.Audited;
import io.postbot.web.console.ConsoleRefusals;
import io.postbot.web.console.ConsoleTexts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The administrator's privacy page: the purge audit, and data-subject requests (find everything
 * about a person, export it as PDF, erase it with a reason).
 */
@Named
@ViewScoped
public class PrivacyAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PurgeAudit audit;
  @Inject transient DataSubjectRequests requests;
  @Inject transient Audited audited;

  private SubjectQuery.Kind kind = SubjectQuery.Kind.EMAIL;
  private String value;
  private String reason;
  private boolean confirmComplaint;
  private DataSubjectReport report;

  public List<PurgeRunView> getPurgeRuns() {
    return audit.latest(50);
  }

  public void find() {
    try {
      report = requests.find(query());
      audited.record("privacy.searched", subject());
    } catch (IllegalArgumentException e) {
      report = null;
      message(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e));
    }
  }

  public StreamedContent getPdf() {
    byte[] pdf = requests.pdf(query());
    audited.record("privacy.exported", subject());
    return DefaultStreamedContent.builder()
        .name("data-subject-report.pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  public void erase() {
    try {
      var receipt = requests.erase(query(), reason, confirmComplaint);
      audited.record(
          "privacy.erased", subject() + ", " + receipt.conversations() + " conversation(s)");
      message(
          FacesMessage.SEVERITY_INFO,
          ConsoleTexts.get("privacy.erased", String.valueOf(receipt.conversations())));
      report = null;
      reason = null;
      confirmComplaint = false;
    } catch (DataSubjectRequests.ComplaintConfirmationRequired e) {
      message(
          FacesMessage.SEVERITY_WARN,
          ConsoleTexts.get("privacy.complaintsKept", String.valueOf(e.complaints())));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A missing reason, for instance.
      message(FacesMessage.SEVERITY_ERROR, ConsoleRefusals.text(e));
    }
  }

  /** What the audit says was looked up: the kind of key, never the person's data itself. */
  private String subject() {
    return "data subject by " + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private SubjectQuery query() {
    return new SubjectQuery(kind, value);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public SubjectQuery.Kind[] getKinds() {
    return SubjectQuery.Kind.values();
  }

  public DataSubjectReport getReport() {
    return report;
  }

  public SubjectQuery.Kind getKind() {
    return kind;
  }

  public void setKind(SubjectQuery.Kind kind) {
    this.kind = kind;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConfirmComplaint() {
    return confirmComplaint;
  }

  public void setConfirmComplaint(boolean confirmComplaint) {
    this.confirmComplaint = confirmComplaint;
  }
}
