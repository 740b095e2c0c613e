package io.postbot.web.chat;

import io.postbot.web.problem.Problem;
import io.postbot.web.ratelimit.RateLimits;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Before a customer socket is opened: connects are limited per client address (429 with
 * Retry-After, before the upgrade), and the address, as the rate limits see it (trusted proxies'
 * X-Forwarded-For), is handed to the endpoint in a header of our own, which replaces any the client
 * sent. The WebSocket runtime's filter runs after the application's.
 */
@WebFilter(urlPatterns = "/ws/conversations/*", asyncSupported = true)
public class ChannelAdmission extends HttpFilter {

  /** The client's address for CustomerChannel; never taken from the client. */
  static final String CLIENT_ADDRESS = "Postbot-Client-Address";

  @Inject RateLimits rateLimits;
  @Inject ChannelLimits limits;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String address =
        rateLimits.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    Duration wait = limits.connect(address);
    if (!wait.isZero()) {
      refuse(response, wait);
      return;
    }
    chain.doFilter(new WithAddress(request, address), response);
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    Problem problem =
        Problem.of(
            Response.Status.TOO_MANY_REQUESTS,
            "too-many-requests",
            "Too many connections from this address. Please try again in a moment.");
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
    response.setContentType(Problem.MEDIA_TYPE.toString());
    try (var jsonb = JsonbBuilder.create()) {
      response.getOutputStream().write(jsonb.toJson(problem).getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IOException("problem details not written", e);
    }
  }

  /** The request with our header of the client's address, whatever the client sent. */
  private static final class WithAddress extends HttpServletRequestWrapper {
    private final String address;

    WithAddress(HttpServletRequest request, String address) {
      super(request);
      this.address = address;
    }

    @Override
    public String getHeader(String name) {
      return CLIENT_ADDRESS.equalsIgnoreCase(name) ? address : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return CLIENT_ADDRESS.equalsIgnoreCase(name)
          ? Collections.enumeration(java.util.List.of(address))
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      var names = new java.util.LinkedHashSet<>(Collections.list(super.getHeaderNames()));
      names.removeIf(CLIENT_ADDRESS::equalsIgnoreCase);
      names.add(CLIENT_ADDRESS);
      return Collections.enumeration(names);
    }
  }
}
