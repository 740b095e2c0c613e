package io.postbot.chat.domain.model.tracking;

/** The numbering schemes the carrier tracks by. */
public enum TrackingNumberKind {
  /** International item number: two letters, eight digits, a mod-11 check digit, a country code. */
  UPU_S10,
  /** Serial Shipping Container Code of one package: 18 digits, GS1 mod-10 check digit. */
  SSCC,
  /** The carrier's shipment (consignment) number: 17 digits, GS1 mod-10 check digit. */
  SHIPMENT_NUMBER
}
