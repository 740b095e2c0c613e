package io.postbot.chat.domain.model.tracking;

import java.util.List;
import java.util.Optional;

/**
 * What the finder saw in a message: the valid tracking numbers in the order written, and whether
 * something shaped like a tracking number had a wrong check digit.
 */
public record TrackingNumberSearch(List<TrackingNumber> numbers, boolean mistyped) {

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
