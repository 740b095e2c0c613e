package io.postbot.chat.infrastructure.tracking;

import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import io.postbot.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Reads an answer of the carrier's tracking API (v2 shape: {@code consignmentSet[] / packageSet[] /
 * eventSet[]}). "No shipments found" comes as {@code {"consignmentSet":[{"error":{"code":404}}]}},
 * with HTTP 200 or 404; anything else that is not a shipment means the service cannot answer.
 */
public final class CarrierTrackingJson {

  private CarrierTrackingJson() {}

  /**
   * What an HTTP answer of the carrier says about the number.
   *
   * @throws TrackingUnavailableException for server errors, unexpected statuses and malformed JSON
   */
  public static TrackingResult read(TrackingNumber number, int httpStatus, String body) {
    if (httpStatus != 200 && httpStatus != 404) {
      throw new TrackingUnavailableException("carrier answered HTTP " + httpStatus);
    }
    JsonObject root = parse(body);
    try {
      JsonArray consignments = root.getJsonArray("consignmentSet");
      if (consignments == null) {
        // A 404 without the carrier's error shape is a wrong URL, not an unknown parcel.
        throw new TrackingUnavailableException("answer without consignmentSet");
      }
      if (consignments.isEmpty()) {
        return new ShipmentNotFound(number);
      }
      JsonObject consignment = consignments.getJsonObject(0);
      if (consignment.containsKey("error")) {
        return error(number, consignment.getJsonObject("error"));
      }
      if (httpStatus == 404) {
        throw new TrackingUnavailableException("HTTP 404 with a shipment in it");
      }
      return CarrierPackageJson.shipment(number, consignment);
    } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
      throw new TrackingUnavailableException("malformed answer: " + e.getClass().getSimpleName());
    }
  }

  private static TrackingResult error(TrackingNumber number, JsonObject error) {
    int code = error.getInt("code", 0);
    if (code == 404) {
      return new ShipmentNotFound(number);
    }
    throw new TrackingUnavailableException("carrier reported error " + code);
  }

  private static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      throw new TrackingUnavailableException("empty answer");
    }
    try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new TrackingUnavailableException("answer is not a JSON object");
      }
      return value.asJsonObject();
    } catch (jakarta.json.JsonException e) {
      // Without the cause: a parser message may quote the body, and the body holds the number.
      throw new TrackingUnavailableException("malformed JSON");
    }
  }
}
