package io.postbot.chat.api;

/** How a parcel lookup for a customer went; never says which parcel. */
public enum TrackingOutcome {
  /** The carrier knew the shipment and the bot told its status. */
  FOUND,
  /** The carrier knows no shipment by the number. */
  NOT_FOUND,
  /** The tracking service was down, too slow or switched off for a while. */
  UNAVAILABLE,
  /** The number had the right shape but a wrong check digit, so it was not looked up. */
  MISTYPED
}
