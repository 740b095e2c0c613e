package io.postbot.chat.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with content an administrator wants to save, import or publish, told in the
 * language of whoever reads it: a key of ContentProblems.properties (English) and
 * ContentProblems_nb.properties, with the words it quotes (ids, examples, file names) as arguments.
 *
 * @param intent the intent it concerns, or null when it concerns the content as a whole or a file
 * @param place the file (and line) it concerns, "tracking.md:12", or null
 * @param key what is wrong, a key of the ContentProblems bundle
 * @param arguments the bundle's {0}, {1}... as written, so that a number reads the same everywhere
 */
public record ContentProblem(String intent, String place, String key, List<String> arguments) {

  static final String BUNDLE = "io.postbot.chat.api.ContentProblems";

  public ContentProblem {
    // a key without an English sentence would only show up when an editor hits it
    if (key == null || !bundle(Locale.ENGLISH).containsKey(key)) {
      throw new IllegalArgumentException("no content problem is called " + key);
    }
    arguments = List.copyOf(arguments);
  }

  public ContentProblem(String intent, String key, List<String> arguments) {
    this(intent, null, key, arguments);
  }

  /** The problem with its arguments written as text. */
  public static ContentProblem of(String intent, String key, Object... arguments) {
    return new ContentProblem(
        intent, null, key, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /** The same problem, found in this file (and line). */
  public ContentProblem at(String place) {
    return new ContentProblem(intent, place, key, arguments);
  }

  /** What is wrong, in this language (English when the bundle has no file for it). */
  public String message(Locale locale) {
    Locale language = locale == null ? Locale.ENGLISH : locale;
    return new MessageFormat(bundle(language).getString(key), language).format(arguments.toArray());
  }

  /** What is wrong, in English: for logs and the start-up's errors. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** The message after the intent and place it concerns, as the console lists it. */
  public String text(Locale locale) {
    StringBuilder text = new StringBuilder();
    if (intent != null) {
      text.append(intent).append(": ");
    }
    if (place != null) {
      text.append(place).append(": ");
    }
    return text.append(message(locale)).toString();
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }

  static ResourceBundle bundle(Locale locale) {
    // never the JVM's locale: a server set to Norwegian still logs in English
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ContentProblem.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
