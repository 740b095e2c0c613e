package io.postbot.web.security;

import io.postbot.web.problem.Problem;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over the limit with 413 problem details before anything reads them: a
 * declared length over the limit is refused unread (and the connection closed, so the rest is never
 * drained), a body of unknown length is read up to the limit and refused once it passes it. Console
 * forms of unknown length are refused with 411: the container parses form parameters from its own
 * stream, which this filter cannot hand back.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyFilter extends HttpFilter {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject BodyLimit limit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String encoding = request.getHeader("Transfer-Encoding");
    boolean chunked = encoding != null && !encoding.equalsIgnoreCase("identity");
    switch (limit.judge(path, request.getContentLengthLong(), chunked)) {
      case PASS -> chain.doFilter(request, response);
      case TOO_LARGE -> refuse(response, path);
      case COUNT -> {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
          problem(
              response,
              Problem.of(
                  Response.Status.LENGTH_REQUIRED,
                  "length-required",
                  "Send form data with a Content-Length."));
          return;
        }
        BufferedBody body = BufferedBody.readUpTo(request, limit.forPath(path));
        if (body == null) {
          refuse(response, path);
        } else {
          chain.doFilter(body, response);
        }
      }
    }
  }

  private void refuse(HttpServletResponse response, String path) throws IOException {
    refuse(response, limit, path);
  }

  static void refuse(HttpServletResponse response, BodyLimit limit, String path)
      throws IOException {
    problem(
        response,
        Problem.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            "body-too-large",
            "The request body is larger than the "
                + limit.forPath(path)
                + " bytes this address accepts."));
  }

  static void problem(HttpServletResponse response, Problem problem) throws IOException {
    byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setStatus(problem.status());
    // the rest of the body is never read: close the connection instead of draining it
    response.setHeader("Connection", "close");
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
