package io.postbot.handoff.domain.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Contact details are validated when the customer gives them")
class ContactDetailsAreValidatedTest {

  @ParameterizedTest
  @ValueSource(strings = {"kari@example.no", "ola.nordmann+post@Bring.NO", "a_b@sub.domain.com"})
  @DisplayName("ordinary e-mail addresses are accepted, the domain lower-cased")
  void goodEmail(String typed) {
    EmailAddress email = new EmailAddress(typed);
    assertThat(email.value())
        .endsWith(email.value().substring(email.value().indexOf('@')).toLowerCase());
    assertThat(email.normalised()).isEqualTo(typed.toLowerCase());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kari",
        "kari@",
        "@example.no",
        "kari@example",
        "kari@@example.no",
        "ka ri@example.no",
        "kari@example.n0"
      })
  @DisplayName("anything that is not an e-mail address is refused with a reason")
  void badEmail(String typed) {
    assertThatThrownBy(() -> new EmailAddress(typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this is not a valid e-mail address");
  }

  @Test
  @DisplayName("Norwegian numbers without country code are read as +47 and stored in E.164")
  void norwegianPhone() {
    assertThat(PhoneNumber.parse("912 34 567").e164()).isEqualTo("+4791234567");
    assertThat(PhoneNumber.parse("22 03 00 00").e164()).isEqualTo("+4722030000");
    assertThat(PhoneNumber.parse("+47 912 34 567").e164()).isEqualTo("+4791234567");
    assertThat(PhoneNumber.parse("0047 91234567").e164()).isEqualTo("+4791234567");
  }

  @Test
  @DisplayName("foreign numbers with their country code are accepted")
  void foreignPhone() {
    assertThat(PhoneNumber.parse("+46 70 123 45 67").e164()).isEqualTo("+46701234567");
    assertThat(PhoneNumber.parse("+44 20 7946 0958").e164()).isEqualTo("+442079460958");
  }

  @ParameterizedTest
  @ValueSource(strings = {"123", "abc", "912 34 5678 9999", "+47 123", ""})
  @DisplayName("numbers that cannot exist are refused")
  void badPhone(String typed) {
    assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a name is required and trimmed; none of the details shows up in toString")
  void nameAndRedaction() {
    assertThatThrownBy(() -> new PersonName("  ")).hasMessage("please give your name");
    ContactDetails details = ContactDetails.of("  Kari   Nordmann ", "kari@example.no", "91234567");
    assertThat(details.name()).isEqualTo("Kari Nordmann");
    assertThat(details.toString()).doesNotContain("Kari").doesNotContain("9123");
  }
}
