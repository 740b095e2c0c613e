package io.postbot.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer, set before the endpoint runs so errors carry them too: the
 * address's Content-Security-Policy, no framing, no MIME sniffing, no referrer (console addresses
 * name conversations). HSTS is the TLS proxy's (docs/operations.md); Payara Micro sends no Server
 * or X-Powered-By banner (on Payara Server, turn them off in the listener, docs/operations.md).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String policy = SecurityPolicy.forPath(path);
    if (policy != null) {
      response.setHeader("Content-Security-Policy", policy);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
