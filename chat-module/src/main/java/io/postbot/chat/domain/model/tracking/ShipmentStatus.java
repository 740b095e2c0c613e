package io.postbot.chat.domain.model.tracking;

import java.util.Locale;

/**
 * Where a shipment stands, in the few steps a customer cares about. The carrier reports many more
 * event codes; {@link #fromCarrierCode(String)} folds them into these.
 */
public enum ShipmentStatus {
  /** The sender has booked it; the carrier has not seen it yet. */
  PRE_NOTIFIED,
  IN_TRANSIT,
  AT_TERMINAL,
  IN_CUSTOMS,
  OUT_FOR_DELIVERY,
  DELIVERY_ATTEMPTED,
  READY_FOR_PICKUP,
  DELIVERED,
  /** On its way back to the sender (not collected, refused or undeliverable). */
  RETURNED,
  /** Something went wrong on the way: damage, delay, wrong address. */
  DEVIATION,
  UNKNOWN;

  /** Folds the carrier's event status code into a status; unknown codes become {@link #UNKNOWN}. */
  public static ShipmentStatus fromCarrierCode(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    return switch (code.strip().toUpperCase(Locale.ROOT)) {
      case "PRE_NOTIFIED", "NOTIFIED" -> PRE_NOTIFIED;
      case "HANDED_IN", "COLLECTED", "IN_TRANSIT", "ARRIVED_DELIVERY" -> IN_TRANSIT;
      case "TERMINAL", "ARRIVED_TERMINAL" -> AT_TERMINAL;
      case "CUSTOMS" -> IN_CUSTOMS;
      case "TRANSPORT_TO_RECIPIENT", "OUT_FOR_DELIVERY" -> OUT_FOR_DELIVERY;
      case "ATTEMPTED_DELIVERY" -> DELIVERY_ATTEMPTED;
      case "READY_FOR_PICKUP", "NOTIFICATION_SENT" -> READY_FOR_PICKUP;
      case "DELIVERED" -> DELIVERED;
      case "RETURN", "RETURNED", "DELIVERED_SENDER" -> RETURNED;
      case "DEVIATION" -> DEVIATION;
      default -> UNKNOWN;
    };
  }

  /** True once nothing more will happen to the shipment on its way to the recipient. */
  public boolean isFinal() {
    return this == DELIVERED || this == RETURNED;
  }
}
