package io.postbot.web.problem;

import io.postbot.shared.Refusal;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sentences of refusals, in the language the client asks for (Accept-Language; bokmål for nb,
 * no and nn, else English): a title per problem type and a detail per reason, from the ProblemTexts
 * bundle. A reason without a sentence gets its type's general one, never the exception's message.
 */
public final class ProblemTexts {

  static final String BUNDLE = "io.postbot.web.problem.ProblemTexts";

  private ProblemTexts() {}

  /** The problem of a refusal, with this status, in the client's language. */
  public static Problem problem(int status, Refusal refusal, HttpHeaders headers) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale(headers));
    String title = text(texts, refusal.type() + ".title", "refused.title");
    String detail = text(texts, refusal.reason(), refusal.type() + ".detail");
    return Problem.typed(status, refusal.type(), title, detail);
  }

  /** The sentence of a refusal's reason in this language, if it has one of its own. */
  public static Optional<String> sentence(Locale locale, String reason) {
    ResourceBundle texts =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return texts.containsKey(reason) ? Optional.of(texts.getString(reason)) : Optional.empty();
  }

  static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      for (Locale wanted : headers.getAcceptableLanguages()) {
        String language = wanted.getLanguage();
        if (language.equals("nb") || language.equals("no") || language.equals("nn")) {
          return Locale.forLanguageTag("nb");
        }
        if (language.equals("en")) {
          return Locale.ENGLISH;
        }
      }
    }
    return Locale.ENGLISH;
  }

  private static String text(ResourceBundle texts, String key, String fallback) {
    try {
      return texts.getString(key);
    } catch (MissingResourceException e) {
      return texts.containsKey(fallback)
          ? texts.getString(fallback)
          : texts.getString("refused.title");
    }
  }
}
