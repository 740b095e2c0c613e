/**
 * Parcel tracking as the bot sees it: tracking numbers, what the carrier knows about a shipment,
 * and the port to the carrier's tracking service.
 */
package io.postbot.chat.domain.model.tracking;
