package io.postbot.retention.application;

import io.postbot.retention.api.DataSubjectReport;

/** Renders a data-subject report as a document a person can read (PDF). */
public interface ReportRenderer {

  byte[] render(DataSubjectReport report);
}
