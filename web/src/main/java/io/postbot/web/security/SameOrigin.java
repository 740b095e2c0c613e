package io.postbot.web.security;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a request's Origin header names the server it was sent to (its Host header), for
 * endpoints authenticated by the console's cookie: a page of another site cannot make a browser
 * take a chat. The scheme is not compared, since a TLS proxy stands in front.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /** True when there is no Origin (not a browser's cross-site request) or it names the host. */
  public static boolean allows(String origin, String host) {
    if (origin == null) {
      return true;
    }
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI uri = URI.create(origin.strip());
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      return authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT))
          || withoutDefaultPort(host).equals(authority.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String withoutDefaultPort(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
  }
}
