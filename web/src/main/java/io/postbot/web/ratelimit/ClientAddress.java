package io.postbot.web.ratelimit;

import java.util.Set;

/**
 * The address a request's limits are counted against. X-Forwarded-For is believed only from the
 * proxies the operator named (postbot.http.trusted-proxies): walking it from the right, past those
 * proxies, the first other address is the client's, so a client cannot pick its own bucket by
 * sending the header, and customers behind the proxy do not all share the proxy's address.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
    String remote = remoteAddress == null ? "unknown" : remoteAddress;
    if (!trustedProxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty()) {
        return remote;
      }
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return remote;
  }
}
