package io.postbot.chat.infrastructure.understanding.features;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Lower-cases a sentence and splits it into words; keeps letters such as æ, ø and å. */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  public static List<String> words(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }
}
