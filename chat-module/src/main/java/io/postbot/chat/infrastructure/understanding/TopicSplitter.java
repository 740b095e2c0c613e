package io.postbot.chat.infrastructure.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Long messages often ask about two things at once ("where is my parcel, and how do I pay the
 * customs"). Classified whole, the softmax head picks one topic with confidence and the bot answers
 * half the question. So a long message is also read in parts (split at sentence ends, commas and
 * "and also"/"og så"-style joins); when two parts are each confidently about different intents, the
 * message's probabilities become the mean of those two parts', which puts both intents close
 * together at the top: the bot then asks which one is meant, as it does for close intents. Its
 * out-of-scope decision then rests on the more confident part.
 */
final class TopicSplitter {

  /** Messages shorter than this (in words) are read whole only. */
  static final int MIN_WORDS = 16;

  /** A part needs at least this many words, else it joins its neighbour. */
  static final int MIN_PART_WORDS = 4;

  /** A part counts as being about an intent at this probability or above. */
  static final double PART_CONFIDENCE = 0.5;

  /**
   * Both parts' intents must be among this many best intents of the whole message: a long message
   * about one thing has fragments ("but it failed") that alone look like another intent.
   */
  static final int WHOLE_TOP = 2;

  private static final Pattern BREAKS =
      Pattern.compile(
          "[.?!;]+\\s+|,\\s+|\\s+(?:and also|and|but|also|plus|og så|og|men|også)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private TopicSplitter() {}

  /** The parts of a long message (at least two), or none when it is read whole. */
  static List<String> parts(String message) {
    if (words(message) < MIN_WORDS) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String piece : BREAKS.split(message.strip())) {
      if (piece.isBlank()) {
        continue;
      }
      if (!parts.isEmpty() && words(parts.getLast()) < MIN_PART_WORDS) {
        parts.set(parts.size() - 1, parts.getLast() + " " + piece.strip());
      } else {
        parts.add(piece.strip());
      }
    }
    if (parts.size() > 1 && words(parts.getLast()) < MIN_PART_WORDS) {
      String last = parts.removeLast();
      parts.set(parts.size() - 1, parts.getLast() + " " + last);
    }
    return parts.size() > 1 ? parts : List.of();
  }

  /**
   * The message's probabilities: the mean of the two most confident parts when they are about
   * different intents, otherwise the whole message's (null: read it whole).
   */
  static double[] combine(List<String> labels, double[] whole, List<double[]> parts) {
    List<Integer> wholeTop = top(labels, whole, WHOLE_TOP);
    List<double[]> confident = new ArrayList<>();
    for (double[] part : parts) {
      int best = best(labels, part);
      if (best >= 0 && part[best] >= PART_CONFIDENCE && wholeTop.contains(best)) {
        confident.add(part);
      }
    }
    confident.sort((a, b) -> Double.compare(b[best(labels, b)], a[best(labels, a)]));
    for (double[] other : confident) {
      if (best(labels, other) != best(labels, confident.get(0))) {
        double[] mean = new double[other.length];
        for (int c = 0; c < mean.length; c++) {
          mean[c] = (confident.get(0)[c] + other[c]) / 2;
        }
        return mean;
      }
    }
    return null;
  }

  /** The probability of the best intent of the most confident part. */
  static double partConfidence(List<String> labels, List<double[]> parts) {
    double best = 0;
    for (double[] part : parts) {
      int b = best(labels, part);
      best = b < 0 ? best : Math.max(best, part[b]);
    }
    return best;
  }

  private static List<Integer> top(List<String> labels, double[] p, int count) {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < p.length; c++) {
      if (!labels.get(c).equals(LabelledText.OUT_OF_SCOPE)) {
        order.add(c);
      }
    }
    order.sort((a, b) -> Double.compare(p[b], p[a]));
    return order.subList(0, Math.min(count, order.size()));
  }

  private static int best(List<String> labels, double[] p) {
    int best = -1;
    for (int c = 0; c < p.length; c++) {
      if (!labels.get(c).equals(LabelledText.OUT_OF_SCOPE) && (best < 0 || p[c] > p[best])) {
        best = c;
      }
    }
    return best;
  }

  private static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : (int) Arrays.stream(t.split("\\s+")).count();
  }
}
