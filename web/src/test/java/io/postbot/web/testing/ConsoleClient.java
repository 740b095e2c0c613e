package io.postbot.web.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less console user: keeps the session cookie, reads a Faces page's form and view state,
 * and posts forms as a non-ajax submit would. Does not follow redirects, so tests see them.
 */
public final class ConsoleClient {

  /** PrimeFaces' CSP mode: the page's nonce, which every postback must carry back. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private HttpResponse<String> last;
  private String nonce;

  public ConsoleClient(URL base) {
    this.base = URI.create(base.toString());
  }

  public HttpResponse<String> get(String path) {
    last = send(HttpRequest.newBuilder(base.resolve(path)).GET());
    return last;
  }

  /** Follows redirects within the application and returns the final page. */
  public HttpResponse<String> open(String path) {
    HttpResponse<String> response = get(path);
    for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
      response = get(response.headers().firstValue("Location").orElseThrow());
    }
    return response;
  }

  /** Signs in through the login form; true when the console let the user in. */
  public boolean login(String username, String password) {
    open("console/login.xhtml");
    HttpResponse<String> response =
        submit("login", Map.of("username", username, "password", password, "submit", "submit"));
    return response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").contains("/console/")
        && !response.headers().firstValue("Location").orElse("").contains("login");
  }

  /**
   * Posts the form with this id from the last page: field names are given without the form prefix
   * unless they contain ':' already or the form does not prepend ids (login).
   */
  public HttpResponse<String> submit(String formId, Map<String, String> fields) {
    return submit(formId, fields, Map.of());
  }

  private HttpResponse<String> submit(
      String formId, Map<String, String> fields, Map<String, String> headers) {
    String page = last.body();
    Matcher form =
        Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no form " + formId + " on the page");
    }
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("no view state on the page");
    }
    boolean prefixed = !formId.equals("login");
    Map<String, String> body = new LinkedHashMap<>();
    body.put(formId, formId);
    fields.forEach((k, v) -> {
      String name = prefixed && !k.contains(":") && !k.contains(".") ? formId + ":" + k : k;
      body.put(name, "submit".equals(v) ? name : v);
    });
    body.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    if (nonce != null) {
      body.put("primefaces.nonce", nonce);
    }
    String encoded =
        body.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    URI action = base.resolve(form.group(1).replace("&amp;", "&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded));
    headers.forEach(request::header);
    last = send(request);
    return last;
  }

  /**
   * Clicks a PrimeFaces ajax button of the last page, as its JavaScript would: a partial request
   * that executes only the button. Answers the partial response (XML).
   */
  public HttpResponse<String> click(String formId, String buttonId) {
    return submit(
        formId,
        Map.of(
            "jakarta.faces.partial.ajax",
            "true",
            "jakarta.faces.source",
            buttonId,
            "jakarta.faces.partial.execute",
            buttonId,
            buttonId,
            buttonId),
        Map.of("Faces-Request", "partial/ajax"));
  }

  /**
   * Types into a field of the last page, as its PrimeFaces keyup behaviour sends it: a partial
   * request that executes only the field. Answers the partial response (XML).
   */
  public HttpResponse<String> keyup(String formId, String fieldId, String value) {
    return submit(
        formId,
        Map.of(
            "jakarta.faces.partial.ajax",
            "true",
            "jakarta.faces.source",
            fieldId,
            "jakarta.faces.partial.execute",
            fieldId,
            "jakarta.faces.behavior.event",
            "keyup",
            "jakarta.faces.partial.event",
            "keyup",
            fieldId,
            value),
        Map.of("Faces-Request", "partial/ajax"));
  }

  /** An empty JSON POST to an agent endpoint, with the console session, as the console sends it. */
  public HttpResponse<String> post(String path) {
    return post(path, "application/json", "{}", Map.of());
  }

  /** A POST to an agent endpoint with this body and these extra headers (Origin, ...). */
  public HttpResponse<String> post(
      String path, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    last = send(request);
    return last;
  }

  /** Opens the console's live channel as a console page would, with this user's session. */
  public ConsolePushListener push() {
    return ConsolePushListener.open(client, base);
  }

  /** The value of the console's session cookie as this client holds it, or null. */
  public String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().endsWith("postbot-console"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  public HttpResponse<String> last() {
    return last;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher found = NONCE.matcher(response.body());
      if (found.find()) {
        nonce = found.group(1);
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
