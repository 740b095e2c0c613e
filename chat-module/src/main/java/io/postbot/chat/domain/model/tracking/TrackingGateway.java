package io.postbot.chat.domain.model.tracking;

import io.postbot.shared.Language;

/**
 * Port to the carrier's tracking service: what it knows about the shipment behind a tracking
 * number. The number leaves the chat context only through this port, and only to the carrier.
 *
 * <p>Implementations answer "not found" as a result, because it is a normal answer the bot explains
 * to the customer. They throw {@link TrackingUnavailableException} when the service cannot answer
 * (down, timed out, malformed answer, or switched off by a circuit breaker), so the bot can say so
 * and offer a person instead.
 */
public interface TrackingGateway {

  /**
   * Looks the number up; event descriptions come in the given language where the carrier has it.
   *
   * @throws TrackingUnavailableException when the carrier's service cannot answer now
   */
  TrackingResult track(TrackingNumber number, Language language);
}
