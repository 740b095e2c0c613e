package io.postbot.shared;

/**
 * The GDPR legal basis recorded with each processing of personal data, as the privacy policy states
 * it.
 */
public enum LegalBasis {
  /** The bot conversation: processing needed to answer the customer's query (Art. 6(1)(b)). */
  CONTRACT("GDPR Art. 6(1)(b)"),
  /** Contact details and chat with an agent: the carrier's legitimate interest (Art. 6(1)(f)). */
  LEGITIMATE_INTEREST("GDPR Art. 6(1)(f)"),
  /** Answers to the feedback survey: given voluntarily by the customer. */
  VOLUNTARY("Voluntary answer");

  private final String citation;

  LegalBasis(String citation) {
    this.citation = citation;
  }

  /** How the basis is cited in exports and the record of processing. */
  public String citation() {
    return citation;
  }
}
