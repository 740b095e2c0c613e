package io.postbot.shared.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in free text that no contact form named: after "my name is", "jeg heter",
 * "regards" and the like; common given names and surnames (names.txt); and two capitalised words in
 * a row that are no everyday or carrier word ("parcel from Zbigniew Wróblewski"). It errs on the
 * side of masking, like the rest of the redactor; a name it does not know, written in lower case
 * without a cue, still passes.
 */
final class NameFinder {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\\-]*");

  /** Cues after which the next words are a name, whatever their case. */
  private static final Pattern STRONG_CUE =
      Pattern.compile(
          "(?iu)\\b(?:my name is|my name's|name is|name:|navn:|navnet mitt er|mitt navn er"
              + "|navnet er|jeg heter|i'm called)\\s*$");

  /** Cues after which capitalised words are a name: "I'm Kari", "mvh Ola", "fru Hansen". */
  private static final Pattern WEAK_CUE =
      Pattern.compile(
          "(?iu)\\b(?:i am|i'm|im|this is|it's|jeg er|dette er|det er|regards|mvh|hilsen"
              + "|thanks|thank you|takk|cheers|mr\\.?|mrs\\.?|ms\\.?|miss|dr\\.?|herr|fru|frk\\.?)"
              + "[\\s,.:!-]*$");

  /** Words that end a name after a cue ("my name is Kari and ..."). */
  private static final Set<String> STOP =
      Set.of(
          "and", "og", "i", "jeg", "my", "min", "mitt", "from", "fra", "the", "is", "er", "where",
          "hvor", "what", "hva", "parcel", "pakke", "pakken", "pakka", "with", "med", "here",
          "her");

  /** Capitalised words that are no names: the carrier's words, places, and sentence openers. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "posten",
          "bring",
          "digipost",
          "norge",
          "norway",
          "post",
          "postnord",
          "express",
          "amazon",
          "prime",
          "black",
          "friday",
          "oslo",
          "bergen",
          "trondheim",
          "stavanger",
          "sverige",
          "sweden",
          "danmark",
          "denmark",
          "kina",
          "china",
          "europa",
          "europe",
          "hello",
          "hei",
          "hi",
          "where",
          "what",
          "when",
          "how",
          "why",
          "can",
          "could",
          "is",
          "my",
          "the",
          "hvor",
          "hva",
          "når",
          "hvordan",
          "hvorfor",
          "kan",
          "jeg",
          "min",
          "mitt",
          "det",
          "er",
          "please",
          "thanks",
          "takk",
          "parcel",
          "pakke",
          "pakken",
          "letter",
          "brev",
          "side",
          "page");

  private final Set<String> names = new HashSet<>();
  private final Set<String> wordlikeNames = new HashSet<>();

  NameFinder() {
    for (String line : readNames()) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (name.startsWith("~")) {
        wordlikeNames.add(name.substring(1));
      } else {
        names.add(name);
      }
    }
  }

  /** Masks every name found with "[name]". */
  String mask(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    boolean[] name = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int start = words.get(i)[0];
      if (start > 0 && text.charAt(start - 1) == '[') {
        continue; // a mask such as "[email]", not a word of the customer's
      }
      String before = text.substring(i == 0 ? 0 : words.get(i - 1)[1], start);
      // Cues are short: looking back 40 characters keeps long messages linear.
      String prefix = text.substring(Math.max(0, start - 40), start);
      if (STRONG_CUE.matcher(prefix).find() && !before.matches(".*[.!?;].*")) {
        markAfterCue(text, words, name, i, false);
      } else if (WEAK_CUE.matcher(prefix).find()) {
        markAfterCue(text, words, name, i, true);
      }
      String word = word(text, words.get(i));
      String lower = word.toLowerCase(Locale.ROOT);
      boolean capital = capitalised(word);
      if (names.contains(lower)
          || (wordlikeNames.contains(lower) && capital && !sentenceStart(text, words, i))) {
        name[i] = true;
      }
      if (i > 0 && capital && capitalised(word(text, words.get(i - 1)))) {
        String previous = word(text, words.get(i - 1)).toLowerCase(Locale.ROOT);
        if (!NOT_NAMES.contains(lower)
            && !NOT_NAMES.contains(previous)
            && onlySpaceBetween(text, words, i)) {
          name[i] = true;
          name[i - 1] = true;
        }
      }
    }
    extendToSurnames(text, words, name);
    StringBuilder out = new StringBuilder(text);
    for (int i = words.size() - 1; i >= 0; i--) {
      if (name[i]) {
        int end = words.get(i)[1];
        int start = words.get(i)[0];
        // "Kari Nordmann" becomes one "[name]", not two.
        while (i > 0 && name[i - 1] && onlySpaceBetween(text, words, i)) {
          i--;
          start = words.get(i)[0];
        }
        out.replace(start, end, "[name]");
      }
    }
    return out.toString();
  }

  private void markAfterCue(
      String text, List<int[]> words, boolean[] name, int from, boolean capitalisedOnly) {
    for (int j = from; j < Math.min(words.size(), from + 3); j++) {
      String word = word(text, words.get(j));
      if (STOP.contains(word.toLowerCase(Locale.ROOT))
          || (capitalisedOnly && !capitalised(word))
          || (j > from && !onlySpaceBetween(text, words, j))) {
        return;
      }
      name[j] = true;
    }
  }

  /** A capitalised word right after a name is taken for its surname: "Kari Wróblewski". */
  private static void extendToSurnames(String text, List<int[]> words, boolean[] name) {
    for (int i = 1; i < words.size(); i++) {
      String word = word(text, words.get(i));
      if (name[i - 1]
          && !name[i]
          && capitalised(word)
          && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
          && onlySpaceBetween(text, words, i)) {
        name[i] = true;
      }
    }
  }

  private static boolean onlySpaceBetween(String text, List<int[]> words, int i) {
    return text.substring(words.get(i - 1)[1], words.get(i)[0]).isBlank();
  }

  private static boolean sentenceStart(String text, List<int[]> words, int i) {
    String before = text.substring(0, words.get(i)[0]).stripTrailing();
    return before.isEmpty() || before.matches("(?s).*[.!?:\\n]$");
  }

  private static boolean capitalised(String word) {
    return word.length() > 1
        && Character.isUpperCase(word.charAt(0))
        && !word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static String word(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }

  private static List<String> readNames() {
    InputStream in = NameFinder.class.getResourceAsStream("names.txt");
    if (in == null) {
      throw new IllegalStateException("names.txt is missing beside the redactor");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
