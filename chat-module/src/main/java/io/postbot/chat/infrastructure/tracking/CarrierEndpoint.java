package io.postbot.chat.infrastructure.tracking;

import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.shared.Language;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where and as whom the bot asks the carrier's tracking API: the base URL (the carrier, or the
 * simulator built into this application) and the API user id and key sent as headers.
 */
public record CarrierEndpoint(URI baseUrl, String apiUid, String apiKey) {

  public static final String UID_HEADER = "X-MyBring-API-Uid";
  public static final String KEY_HEADER = "X-MyBring-API-Key";
  static final String TRACKING_PATH = "tracking.json";

  public CarrierEndpoint {
    Objects.requireNonNull(baseUrl, "tracking base URL");
    if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("the tracking base URL must be http or https");
    }
    apiUid = apiUid == null ? "" : apiUid;
    apiKey = apiKey == null ? "" : apiKey;
  }

  /** The lookup URL: {@code <base>/tracking.json?q=<number>&lang=<en|no>}. */
  public URI trackingUri(TrackingNumber number, Language language) {
    String base = baseUrl.toString();
    return URI.create(
        (base.endsWith("/") ? base : base + "/")
            + TRACKING_PATH
            + "?q="
            + URLEncoder.encode(number.value(), StandardCharsets.UTF_8)
            + "&lang="
            + carrierLanguage(language));
  }

  /** The carrier names Norwegian "no". */
  static String carrierLanguage(Language language) {
    return language == Language.NB ? "no" : "en";
  }

  /** Without the key, which is a secret. */
  @Override
  public String toString() {
    return "CarrierEndpoint[" + baseUrl + ", uid=" + apiUid + ", key=redacted]";
  }
}
