package io.postbot.chat.domain.model.tracking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds tracking numbers in what a customer wrote ("where is CT797294851NO?", "sporing (00) 3707
 * 0123 4567 8901 26"). Only numbers with a valid check digit count; a number of the right shape
 * with a wrong check digit is reported as mistyped, so the bot can say so instead of searching; and
 * any other run of digits long enough to be meant as a number is noted, so an answer to "what is
 * the tracking number?" can be told from a new question.
 */
public final class TrackingNumberFinder {

  /** Two letters, nine digits, two letters, with optional single spaces or dashes between. */
  private static final Pattern S10 =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\p{L}{2}[ -]?(?:\\d[ -]?){8}\\d[ -]?\\p{L}{2}(?![\\p{L}\\p{N}])");

  /** Digit groups joined by single spaces or dashes, optionally after the SSCC's "(00)". */
  private static final Pattern DIGIT_RUN =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\(00\\) ?)?\\d+(?:[ -]\\d+)*(?![\\p{L}\\p{N}])");

  /** A word of letters and digits. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Fewer digits are a postcode, a house number or a count, not an attempt at a number. */
  private static final int MIN_NUMBER_LIKE_DIGITS = 5;

  private static final int MIN_MISTYPED_DIGITS = 17;
  private static final int MAX_MISTYPED_DIGITS = 20;

  /** The valid numbers in the order written, without repeats, and whether one looked mistyped. */
  public TrackingNumberSearch find(String text) {
    if (text == null || text.isBlank()) {
      return new TrackingNumberSearch(List.of(), false, false);
    }
    Set<TrackingNumber> found = new LinkedHashSet<>();
    boolean mistyped = false;
    boolean numberLike = hasNumberLikeRun(text);
    StringBuilder rest = new StringBuilder(text);
    Matcher s10 = S10.matcher(text);
    while (s10.find()) {
      var number = TrackingNumber.tryParse(s10.group());
      number.ifPresent(found::add);
      mistyped |= number.isEmpty() && TrackingNumber.looksMistyped(s10.group());
      // Blank out the item number so its digits are not read again as a digit run.
      rest.replace(s10.start(), s10.end(), " ".repeat(s10.end() - s10.start()));
    }
    Matcher run = DIGIT_RUN.matcher(rest);
    while (run.find()) {
      List<TrackingNumber> inRun = numbersIn(run.group());
      found.addAll(inRun);
      mistyped |= inRun.isEmpty() && looksLikeMistypedDigits(run.group());
    }
    return new TrackingNumberSearch(
        List.copyOf(found), mistyped, numberLike || mistyped || !found.isEmpty());
  }

  /** A word, or a run of digit groups, with enough digits to be meant as a number. */
  private static boolean hasNumberLikeRun(String text) {
    return Stream.concat(
            WORD.matcher(text).results().map(MatchResult::group),
            DIGIT_RUN.matcher(text).results().map(MatchResult::group))
        .anyMatch(run -> digits(run) >= MIN_NUMBER_LIKE_DIGITS);
  }

  private static long digits(String text) {
    return text.chars().filter(Character::isDigit).count();
  }

  /**
   * The numbers made of whole digit groups of a run, longest first, without overlaps: customers
   * group digits freely and may write several numbers in one line.
   */
  private static List<TrackingNumber> numbersIn(String run) {
    boolean sscc = run.startsWith("(00)");
    String[] groups = (sscc ? run.substring(4) : run).strip().split("[ -]");
    List<TrackingNumber> numbers = new ArrayList<>();
    int start = 0;
    while (start < groups.length) {
      int end = longestValidSpan(groups, start, sscc && start == 0);
      if (end < 0) {
        start++;
        continue;
      }
      numbers.add(TrackingNumber.parse(String.join("", List.of(groups).subList(start, end))));
      start = end;
    }
    return numbers;
  }

  private static int longestValidSpan(String[] groups, int start, boolean ssccPrefix) {
    for (int end = groups.length; end > start; end--) {
      String digits = String.join("", List.of(groups).subList(start, end));
      if (digits.length() > MAX_MISTYPED_DIGITS) {
        continue;
      }
      if (ssccPrefix && digits.length() != 18) {
        continue;
      }
      if (TrackingNumber.tryParse(digits).isPresent()) {
        return end;
      }
    }
    return -1;
  }

  private static boolean looksLikeMistypedDigits(String run) {
    long digits = digits(run);
    return digits >= MIN_MISTYPED_DIGITS && digits <= MAX_MISTYPED_DIGITS;
  }
}
