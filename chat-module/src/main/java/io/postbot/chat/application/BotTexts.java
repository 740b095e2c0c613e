package io.postbot.chat.application;

import io.postbot.shared.Language;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The bot's own sentences around tracking and clarifying questions, per language, from
 * BotTexts_en.properties and BotTexts_nb.properties next to this class. The knowledge base's
 * content files hold the answers to intents; these hold what the dialogue composes around live
 * data. Placeholders are {0}, {1}...; apostrophes need no escaping.
 */
final class BotTexts {

  private static final String BUNDLE = "io.postbot.chat.application.BotTexts";

  private BotTexts() {}

  /** The sentence under the key with its placeholders filled in. */
  static String text(Language language, String key, Object... arguments) {
    String text = bundle(language).getString(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /** The sentence under the key, if there is one in that language. */
  static Optional<String> optional(Language language, String key) {
    ResourceBundle bundle = bundle(language);
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /** A day as people say it: "Thursday 27 November", "torsdag 27. november". */
  static String date(Language language, LocalDate date) {
    return DateTimeFormatter.ofPattern(text(language, "format.date"), language.locale())
        .format(date);
  }

  /** A moment as people say it, in the carrier's local time: "Thursday 27 November at 13:02". */
  static String dateTime(Language language, OffsetDateTime time) {
    return DateTimeFormatter.ofPattern(text(language, "format.date-time"), language.locale())
        .format(time);
  }

  private static ResourceBundle bundle(Language language) {
    try {
      // No fallback to the JVM's default locale: each language has its own complete file.
      return ResourceBundle.getBundle(
          BUNDLE,
          Locale.forLanguageTag(language.code()),
          BotTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no bot texts for " + language.code(), e);
    }
  }
}
