package io.postbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's data planted where it must not stay (a statistic, an audit subject): a name, an e-mail
 * address, a phone number and a tracking number. Tests plant it, then assert none of it was kept.
 */
public final class PlantedPersonalData {

  public static final String NAME = "Kari Nordmann";
  public static final String EMAIL = "kari.nordmann@example.no";
  public static final String PHONE = "912 34 567";
  public static final String TRACKING_NUMBER = "CT797294851NO";

  /** What a customer may write. */
  public static final String SENTENCE =
      "I am " + NAME + ", " + EMAIL + ", " + PHONE + ", parcel " + TRACKING_NUMBER;

  private PlantedPersonalData() {}

  /**
   * Neither name, nor the e-mail, nor the phone number (spaced or not), nor the tracking number.
   */
  public static void assertNoneIn(String stored) {
    assertThat(stored)
        .doesNotContain("Kari")
        .doesNotContain("Nordmann")
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE)
        .doesNotContain(PHONE.replace(" ", ""))
        .doesNotContain(TRACKING_NUMBER);
  }
}
