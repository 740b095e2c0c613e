package io.postbot.chat.domain.model.tracking;

/** What the carrier answered for a tracking number: a shipment, or that it knows of none. */
public sealed interface TrackingResult permits Shipment, ShipmentNotFound {

  TrackingNumber number();
}
