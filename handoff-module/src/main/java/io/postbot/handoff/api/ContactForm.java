package io.postbot.handoff.api;

/** What the customer typed into the contact form; validated by the handoff context. */
public record ContactForm(String name, String email, String phone) {

  @Override
  public String toString() {
    return "ContactForm[redacted]";
  }
}
