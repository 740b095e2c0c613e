package io.postbot.shared.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in what a customer wrote, so the text can serve statistics and review
 * samples: e-mail addresses, tracking numbers, identity numbers (fødselsnummer, D-number), card
 * numbers, phone numbers, street addresses, postcodes with a town, any run of six or more digits,
 * the names the customer gave, and names in the text itself ({@link NameFinder}). It errs on the
 * side of masking: a masked date costs a reviewer little, a missed phone number is a leak.
 * Stateless and thread-safe.
 */
public final class Redactor {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final NameFinder NAMES = new NameFinder();

  private static final Pattern EMAIL =
      Pattern.compile(
          "[^\\s@<>()\\[\\],;:\"']+\\s?(@|\\(at\\)|\\[at\\])\\s?[^\\s@<>()\\[\\],;:\"']+");

  /** UPU S10 (CT 797 294 851 NO) and letter-digit tokens with six or more digits. */
  private static final Pattern TRACKING =
      Pattern.compile(
          "\\b[A-Za-z]{2}\\s?\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?[A-Za-z]{2}\\b"
              + "|\\b(?=(?:[A-Za-z-]*\\d){6})[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\\b");

  /**
   * Digits in groups (spaces, dashes, dots, slashes, brackets, a leading +) of 6+ digits in all.
   */
  private static final Pattern DIGIT_GROUPS = Pattern.compile("\\+?\\(?\\d(?:[\\d .\\-/()]*\\d)?");

  private static final String STREET_SUFFIX =
      "gata|gaten|gate|veien|vegen|vei|veg|all[ée]|plass|plassen|stien|sti|bakken|bakke|lia|"
          + "haugen|torget|torg|brygga|brygge|kaia|kai|ringen|tunet|svingen|l[øo]kka|jordet|"
          + "[åa]sen|kroken|myra|terrasse|straße|strasse|gatan|v[äa]gen";
  private static final String STREET_EN =
      "street|st\\.?|road|rd\\.?|avenue|ave\\.?|lane|ln\\.?|way|drive|dr\\.?|boulevard|close|"
          + "court|place|square|gardens|crescent|terrace";
  private static final Pattern ADDRESS =
      Pattern.compile(
          // Storgata 12, Kirkeveien 5B, Biskop Gunnerus' gate 14 A, postboks 123
          "(?iu)\\b(?:[\\p{L}'.\\-]+\\s+){0,2}[\\p{L}'.\\-]*(?:"
              + STREET_SUFFIX
              + ")\\s+\\d{1,4}\\s?[a-z]?\\b"
              + "|\\b(?:postboks|pb\\.?|boks|p\\.o\\.\\s?box|po\\s?box)\\s*\\d{1,5}\\b"
              // 12 Baker Street
              + "|\\b\\d{1,5}\\s?[a-z]?,?\\s+(?:[\\p{L}'.\\-]+\\s+){1,3}(?:"
              + STREET_EN
              + ")(?=\\W|$)");

  /** A Norwegian postcode and the town after it: 0185 Oslo, 7010 Trondheim. */
  private static final Pattern POSTCODE_TOWN =
      Pattern.compile("(?u)\\b\\d{4}\\s+\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?");

  /** Masks personal data in {@code text}. */
  public RedactedText redact(String text) {
    return redact(text, List.of());
  }

  /** Masks personal data in {@code text}, including each of the given names and their parts. */
  public RedactedText redact(String text, Collection<String> names) {
    if (text == null) {
      return new RedactedText("");
    }
    String result = replace(EMAIL, text, m -> "[email]");
    result = replace(TRACKING, result, m -> "[tracking number]");
    result = phones(result);
    result = replace(ADDRESS, result, m -> "[address]");
    result = replace(POSTCODE_TOWN, result, m -> "[address]");
    result =
        replace(
            DIGIT_GROUPS,
            result,
            m -> {
              String digits = m.group().replaceAll("\\D", "");
              if (digits.length() < 6) {
                return null;
              }
              if (IdentityNumbers.isFodselsnummer(digits)) {
                return "[identity number]";
              }
              if (digits.length() >= 13 && digits.length() <= 19 && IdentityNumbers.luhn(digits)) {
                return "[card number]";
              }
              return "[number]";
            });
    return new RedactedText(NAMES.mask(names(result, names)));
  }

  private static String phones(String text) {
    List<int[]> spans = new ArrayList<>();
    for (PhoneNumberMatch match :
        PHONES.findNumbers(text, "NO", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
      spans.add(new int[] {match.start(), match.end()});
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = spans.size() - 1; i >= 0; i--) {
      out.replace(spans.get(i)[0], spans.get(i)[1], "[phone]");
    }
    return out.toString();
  }

  private static String names(String text, Collection<String> names) {
    String result = text;
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      List<String> parts = new ArrayList<>(List.of(name.strip()));
      for (String part : name.strip().split("[\\s,]+")) {
        if (part.length() >= 2) {
          parts.add(part);
        }
      }
      for (String part : parts) {
        result =
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")
                .matcher(result)
                .replaceAll("[name]");
      }
    }
    return result;
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> mask) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = mask.apply(m);
      m.appendReplacement(
          out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
