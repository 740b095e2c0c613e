package io.postbot.chat.application;

import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.TrackingGateway;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The carrier as the dialogue tests want it: knows the shipments it was given, finds nothing else,
 * or is down; remembers which numbers it was asked about.
 */
final class FakeTrackingGateway implements TrackingGateway {

  private final Map<TrackingNumber, TrackingResult> shipments = new HashMap<>();
  private boolean down;
  final List<TrackingNumber> lookups = new ArrayList<>();
  Language lastLanguage;

  /** Tells whether a transaction is open; each lookup records the answer. */
  java.util.function.BooleanSupplier transactionOpen = () -> false;

  final List<Boolean> lookupsInsideATransaction = new ArrayList<>();

  FakeTrackingGateway knows(TrackingResult result) {
    shipments.put(result.number(), result);
    return this;
  }

  FakeTrackingGateway isDown() {
    down = true;
    return this;
  }

  @Override
  public TrackingResult track(TrackingNumber number, Language language) {
    lookups.add(number);
    lookupsInsideATransaction.add(transactionOpen.getAsBoolean());
    lastLanguage = language;
    if (down) {
      throw new TrackingUnavailableException("circuit open");
    }
    return shipments.getOrDefault(number, new ShipmentNotFound(number));
  }
}
