package io.postbot.handoff.domain.model.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Name, e-mail address and phone number a customer gives while waiting for a person. Processed on
 * the carrier's legitimate interest (GDPR Art. 6(1)(f)), used only to follow the query up and to
 * ask for feedback.
 */
@Embeddable
public class ContactDetails {

  @Column(name = "contact_name", length = PersonName.MAX_LENGTH)
  private String name;

  @Column(name = "contact_email", length = 254)
  private String email;

  @Column(name = "contact_email_normalised", length = 254)
  private String emailNormalised;

  @Column(name = "contact_phone", length = 16)
  private String phone;

  protected ContactDetails() {}

  public ContactDetails(PersonName name, EmailAddress email, PhoneNumber phone) {
    this.name = Objects.requireNonNull(name, "name").value();
    this.email = Objects.requireNonNull(email, "email").value();
    this.emailNormalised = email.normalised();
    this.phone = Objects.requireNonNull(phone, "phone").e164();
  }

  /** Validates what the customer typed; each field explains its own mistake. */
  public static ContactDetails of(String name, String email, String phone) {
    return new ContactDetails(
        new PersonName(name), new EmailAddress(email), PhoneNumber.parse(phone));
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  @Override
  public String toString() {
    return "ContactDetails[redacted]";
  }
}
