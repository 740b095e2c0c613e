package io.postbot.retention.api;

/**
 * Operators' handling of a person's rights: find everything stored about them, hand it over as JSON
 * or PDF, and erase it. Every erasure is audited with its reason (redacted), never with the
 * person's data.
 */
public interface DataSubjectRequests {

  DataSubjectReport find(SubjectQuery query);

  /** The report as a readable PDF document. */
  byte[] pdf(SubjectQuery query);

  /**
   * Erases every conversation of the person in every context. A complaint still inside its
   * retention period is only erased with {@code confirmComplaint}; otherwise {@link
   * ComplaintConfirmationRequired} is thrown and nothing is erased.
   */
  ErasureReceipt erase(SubjectQuery query, String reason, boolean confirmComplaint);

  /** What an erasure on request did. */
  record ErasureReceipt(int conversations, java.time.Instant at) {}

  /** A complaint under retention was about to be erased without the second confirmation. */
  class ComplaintConfirmationRequired extends IllegalStateException {
    private final int complaints;

    public ComplaintConfirmationRequired(int complaints) {
      super(
          complaints
              + " complaint(s) are still inside their 3.5-year retention; confirm with"
              + " confirmComplaint=true to erase them anyway");
      this.complaints = complaints;
    }

    /** How many complaints under retention the request would have erased. */
    public int complaints() {
      return complaints;
    }
  }
}
