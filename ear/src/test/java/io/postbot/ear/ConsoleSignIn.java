package io.postbot.ear;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
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
 * An agent signing in to the console without a browser: the login page's form posted as its
 * non-ajax submit button would, with the Faces view state and PrimeFaces' CSP nonce it handed out.
 */
final class ConsoleSignIn {

  private static final Pattern FORM = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  ConsoleSignIn(URI base) {
    this.base = base;
  }

  /** Signs in and answers the console page the sign-in leads to. */
  HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    String page = send(HttpRequest.newBuilder(base.resolve("console/login.xhtml"))).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("username", username);
    form.put("password", password);
    form.put("submit", "submit");
    form.put("jakarta.faces.ViewState", find(VIEW_STATE, page).replace("&#58;", ":"));
    form.put("primefaces.nonce", find(NONCE, page));
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    URI action = base.resolve(find(FORM, page).replace("&amp;", "&"));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("login")) {
      throw new IllegalStateException("the console refused the sign-in: " + answer.statusCode());
    }
    return send(HttpRequest.newBuilder(base.resolve(location)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String find(Pattern pattern, String page) {
    Matcher found = pattern.matcher(page);
    if (!found.find()) {
      throw new IllegalStateException("not on the login page: " + pattern);
    }
    return found.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
