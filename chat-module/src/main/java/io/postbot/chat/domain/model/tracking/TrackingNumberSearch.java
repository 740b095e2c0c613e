package io.postbot.chat.domain.model.tracking;

import java.util.List;
import java.util.Optional;

/**
 * What the finder saw in a message: the valid tracking numbers in the order written, whether
 * something shaped like a tracking number had a wrong check digit, and whether anything in it looks
 * like a number at all.
 *
 * @param numberLike the message holds a valid or mistyped number, or another run of at least five
 *     digits (in one word, or in groups with spaces or dashes between): an attempt at a number, not
 *     a question in words
 */
public record TrackingNumberSearch(
    List<TrackingNumber> numbers, boolean mistyped, boolean numberLike) {

  public TrackingNumberSearch {
    numbers = List.copyOf(numbers);
  }

  public boolean found() {
    return !numbers.isEmpty();
  }

  public Optional<TrackingNumber> first() {
    return numbers.stream().findFirst();
  }
}
