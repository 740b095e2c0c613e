package io.postbot.chat.domain.model.tracking;

/**
 * Where a customer collects a shipment that is ready for pickup: a post office or a shop counter,
 * with its opening hours as the carrier words them. Fields may be empty, never null.
 */
public record PickupPoint(
    String name, String address, String postalCode, String city, String openingHours) {

  public PickupPoint {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a pickup point needs a name");
    }
    name = name.strip();
    address = address == null ? "" : address.strip();
    postalCode = postalCode == null ? "" : postalCode.strip();
    city = city == null ? "" : city.strip();
    openingHours = openingHours == null ? "" : openingHours.strip();
  }
}
