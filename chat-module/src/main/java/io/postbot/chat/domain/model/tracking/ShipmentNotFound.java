package io.postbot.chat.domain.model.tracking;

import java.util.Objects;

/**
 * The carrier knows no shipment by this number: another carrier's number, a label the sender has
 * not yet handed in, or a typo that happens to have a valid check digit.
 */
public record ShipmentNotFound(TrackingNumber number) implements TrackingResult {

  public ShipmentNotFound {
    Objects.requireNonNull(number, "tracking number");
  }
}
