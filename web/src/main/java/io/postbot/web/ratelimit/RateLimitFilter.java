package io.postbot.web.ratelimit;

import io.postbot.web.problem.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;

/**
 * Applies the limits to the customer API before any work is done: 429 with Retry-After (seconds) as
 * a problem. Starting conversations and sending messages have their own, tighter limits.
 */
@Provider
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject RateLimits limits;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> segments =
        request.getUriInfo().getPathSegments().stream()
            .map(s -> s.getPath())
            .filter(s -> !s.isEmpty())
            .toList();
    if (segments.size() < 2 || !segments.get(0).equals("v1")) {
      return;
    }
    String address =
        limits.clientAddress(
            servletRequest == null ? null : servletRequest.getRemoteAddr(),
            request.getHeaderString("X-Forwarded-For"));
    String method = request.getMethod();
    Duration wait;
    if (method.equals("POST") && segments.size() == 2 && segments.get(1).equals("conversations")) {
      wait = limits.conversation(address);
    } else if (method.equals("POST")
        && segments.size() == 4
        && segments.get(1).equals("conversations")
        && segments.get(3).equals("messages")) {
      wait =
          limits.message(
              messageKey(segments.get(2), request.getHeaderString(HttpHeaders.AUTHORIZATION)),
              address);
    } else {
      wait = limits.request(address);
    }
    if (!wait.isZero()) {
      request.abortWith(tooManyRequests(wait));
    }
  }

  /**
   * The per-conversation bucket's key: the conversation with a digest of the credential sent, so a
   * caller without the customer's token cannot use up the customer's allowance. The digest keeps
   * the token itself out of memory.
   */
  static String messageKey(String conversation, String authorization) {
    if (authorization == null) {
      return conversation + "|none";
    }
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(authorization.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return conversation + "|" + java.util.HexFormat.of().formatHex(digest, 0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whole seconds, rounded up: a client that waits that long is let in. */
  static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  static Response tooManyRequests(Duration wait) {
    long seconds = retryAfterSeconds(wait);
    return Response.fromResponse(
            Problem.of(
                    Response.Status.TOO_MANY_REQUESTS,
                    "too-many-requests",
                    "Too many requests; please wait " + seconds + " s and try again.")
                .toResponse())
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }
}
