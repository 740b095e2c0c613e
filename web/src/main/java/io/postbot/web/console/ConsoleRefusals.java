package io.postbot.web.console;

import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Refusal;
import io.postbot.shared.StateConflictException;
import io.postbot.web.problem.ProblemTexts;
import java.util.Locale;
import java.util.Optional;

/**
 * What a console page tells its user when the domain refuses an action, in the page's language: the
 * console's sentence for the refusal's reason ({@code refusal.<reason>} in ConsoleTexts), else the
 * API's sentence for it (ProblemTexts), else a general one. Never the exception's message, which is
 * the developers' English (and may name internal states).
 */
public final class ConsoleRefusals {

  static final String PREFIX = "refusal.";
  static final String GENERAL = "refusal.general";

  private ConsoleRefusals() {}

  /** The sentence for this refusal on the current page. */
  public static String text(RuntimeException refused) {
    return text(ConsoleTexts.locale(), refused);
  }

  /** The sentence for this refusal in this language. */
  public static String text(Locale locale, RuntimeException refused) {
    Optional<Refusal> refusal = refusalOf(refused);
    if (refusal.isPresent()) {
      String reason = refusal.get().reason();
      if (ConsoleTexts.bundle(locale).containsKey(PREFIX + reason)) {
        return ConsoleTexts.get(locale, PREFIX + reason);
      }
      Optional<String> api = ProblemTexts.sentence(locale, reason);
      if (api.isPresent()) {
        return api.get();
      }
    }
    return ConsoleTexts.get(locale, GENERAL);
  }

  private static Optional<Refusal> refusalOf(RuntimeException refused) {
    return switch (refused) {
      case InvalidInputException invalid -> Optional.ofNullable(invalid.refusal());
      case StateConflictException conflict -> Optional.ofNullable(conflict.refusal());
      default -> Optional.empty();
    };
  }
}
