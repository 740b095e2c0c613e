package io.postbot.web.audit;

import io.postbot.retention.api.AdminAction;
import io.postbot.retention.api.AdminAuditLog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The administrators' view of the audit log: the latest entries, and all of them as CSV. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = 500;
  static final int EXPORTED = 10_000;

  @Inject transient AdminAuditLog log;
  @Inject transient Audited audit;

  public List<AdminAction> getEntries() {
    return log.latest(SHOWN);
  }

  public StreamedContent getCsv() {
    StringBuilder csv = new StringBuilder("time,user,action,subject,console_user,address\r\n");
    for (AdminAction a : log.latest(EXPORTED)) {
      csv.append(a.at()).append(',');
      csv.append(field(a.actor())).append(',');
      csv.append(field(a.action())).append(',');
      csv.append(field(a.subject())).append(',');
      csv.append(field(a.consoleUser() == null ? "" : a.consoleUser())).append(',');
      csv.append(field(a.address() == null ? "" : a.address())).append("\r\n");
    }
    audit.record("audit.exported", "audit log");
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("postbot-audit.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  static String field(String value) {
    String safe = value.matches("^[=+\\-@\t\r].*") ? "'" + value : value;
    return safe.matches(".*[\",\r\n].*") || !safe.equals(value)
        ? "\"" + safe.replace("\"", "\"\"") + "\""
        : safe;
  }
}
