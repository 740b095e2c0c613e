package io.postbot.retention.api;

import io.postbot.shared.InvalidInputException;
import java.util.Locale;

/**
 * How an operator names the person of a data-subject request: by e-mail address, phone number,
 * tracking number or conversation id. Exactly one is given; each is checked for its form.
 */
public record SubjectQuery(Kind kind, String value) {

  /** What the value is. */
  public enum Kind {
    EMAIL,
    PHONE,
    TRACKING,
    CONVERSATION
  }

  public SubjectQuery {
    if (kind == null || value == null || value.isBlank()) {
      throw new InvalidInputException(
          "invalid-data-subject-request",
          "subject.one-identifier",
          "give exactly one of email, phone, tracking or conversation");
    }
    value = value.strip();
    if (kind == Kind.EMAIL && !value.matches("[^@\\s]+@[^@\\s]+")) {
      throw new InvalidInputException(
          "invalid-data-subject-request", "subject.email", "not an e-mail address");
    }
    if (kind == Kind.TRACKING && value.replaceAll("[^A-Za-z0-9]", "").length() < 6) {
      throw new InvalidInputException(
          "invalid-data-subject-request",
          "subject.tracking",
          "a tracking number has at least 6 letters or digits");
    }
    if (kind == Kind.EMAIL) {
      value = value.toLowerCase(Locale.ROOT);
    }
  }

  /** From the request's parameters, of which exactly one must be set. */
  public static SubjectQuery of(String email, String phone, String tracking, String conversation) {
    int given = 0;
    SubjectQuery query = null;
    for (var candidate :
        new Object[][] {
          {Kind.EMAIL, email},
          {Kind.PHONE, phone},
          {Kind.TRACKING, tracking},
          {Kind.CONVERSATION, conversation}
        }) {
      if (candidate[1] != null && !((String) candidate[1]).isBlank()) {
        given++;
        query = new SubjectQuery((Kind) candidate[0], (String) candidate[1]);
      }
    }
    if (given != 1) {
      throw new InvalidInputException(
          "invalid-data-subject-request",
          "subject.one-identifier",
          "give exactly one of email, phone, tracking or conversation");
    }
    return query;
  }

  /** Never prints the value: it is personal data. */
  @Override
  public String toString() {
    return "SubjectQuery[" + kind + "]";
  }
}
