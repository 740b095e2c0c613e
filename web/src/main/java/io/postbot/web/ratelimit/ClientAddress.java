package io.postbot.web.ratelimit;

/**
 * The address a request's limits are counted against. Only when the operator says a reverse proxy
 * stands in front (and strips what clients send) is X-Forwarded-For believed: its last entry is the
 * one that proxy added, so a client cannot pick its own bucket.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
    if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
      String[] hops = forwardedFor.split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return remoteAddress == null ? "unknown" : remoteAddress;
  }
}
