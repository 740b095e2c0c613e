package io.postbot.shared;

import java.util.Arrays;
import java.util.Locale;

/** The languages the service speaks with customers: English and Norwegian bokmål. */
public enum Language {
  EN("en"),
  NB("nb");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The BCP 47 code ("en", "nb"). */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Accepts "en" and "nb" (and "no" as a common alias of bokmål), in any case. */
  public static Language fromCode(String code) {
    if (code == null) {
      throw new InvalidInputException(
          "invalid-language", "language.required", "language is required (en or nb)");
    }
    String normalised = code.trim().toLowerCase(Locale.ROOT);
    if (normalised.equals("no") || normalised.equals("nob")) {
      return NB;
    }
    return Arrays.stream(values())
        .filter(l -> l.code.equals(normalised))
        .findFirst()
        .orElseThrow(() ->
            new InvalidInputException(
                "invalid-language", "language.unsupported", "unsupported language (use en or nb)"));
  }
}
