package io.postbot.web.console;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's texts (ConsoleTexts.properties, English, and ConsoleTexts_nb.properties) for Java
 * code: messages shown after an action, names of states and roles. Pages use them as #{t[key]}.
 */
public final class ConsoleTexts {

  static final String BUNDLE = "io.postbot.web.console.ConsoleTexts";

  private ConsoleTexts() {}

  /** The text in the language of the current page. */
  public static String get(String key, Object... arguments) {
    return get(locale(), key, arguments);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    String pattern = bundle(locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  static boolean has(String key) {
    return bundle(locale()).containsKey(key);
  }

  static ResourceBundle bundle(Locale locale) {
    // the English base file answers every key the Norwegian one lacks, never the JVM's locale
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The language of the current page (English outside a page). */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
