package io.postbot.bench.client;

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
 * An agent at the console without a browser: signs in through the login form, says it is online as
 * the page's heartbeat does, takes a customer, and writes to them through the chat page's form,
 * posting what a browser posts (session cookie, form fields, view state).
 */
public final class AgentConsole {

  /** PrimeFaces' CSP mode: the page's nonce, which every postback must carry back. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private String nonce;

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern HEARTBEAT =
      Pattern.compile(
          "postbotHeartbeat\\s*=\\s*function[^{]*\\{[^}]*s:\"([^\"]+)\",f:\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private String page = "";

  public AgentConsole(URI base) {
    this.base = base;
  }

  public void signIn(String username, String password) throws IOException {
    get("console/login.xhtml");
    HttpResponse<String> answer =
        submit("login", Map.of("username", username, "password", password, "submit", "submit"));
    String to = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || to.contains("login")) {
      throw new IOException("the console did not let " + username + " in");
    }
  }

  /** What the console page does on load and every 20 s: keeps the agent online. */
  public void heartbeat() throws IOException {
    get("console/index.xhtml");
    Matcher command = HEARTBEAT.matcher(page);
    if (!command.find()) {
      throw new IOException("no heartbeat on the console page");
    }
    String source = command.group(1);
    submit(
        command.group(2),
        Map.of(
            "jakarta.faces.partial.ajax",
            "true",
            "jakarta.faces.source",
            source,
            "jakarta.faces.partial.execute",
            source,
            source,
            source),
        Map.of("Faces-Request", "partial/ajax"));
  }

  public void take(String conversation) throws IOException {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(base.resolve("api/agent/v1/chats/" + conversation + "/take"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    if (answer.statusCode() != 204) {
      throw new IOException("take answered " + answer.statusCode());
    }
  }

  /** Opens the chat page, as the agent has it open before writing. */
  public void openChat(String conversation) throws IOException {
    get("console/chat.xhtml?c=" + conversation);
  }

  /** Writes to the customer through the open chat page's form; the page comes back re-rendered. */
  public void write(String text) throws IOException {
    HttpResponse<String> answer = submit("compose", Map.of("text", text, "send", "submit"));
    if (answer.statusCode() != 200 && answer.statusCode() != 302) {
      throw new IOException("sending answered " + answer.statusCode());
    }
  }

  private void get(String path) throws IOException {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve(path)).GET());
    for (int i = 0; i < 5 && answer.statusCode() / 100 == 3; i++) {
      String to = answer.headers().firstValue("Location").orElseThrow();
      answer = send(HttpRequest.newBuilder(base.resolve(to)).GET());
    }
    page = answer.body();
  }

  private HttpResponse<String> submit(String form, Map<String, String> fields) throws IOException {
    return submit(form, fields, Map.of());
  }

  private HttpResponse<String> submit(
      String form, Map<String, String> fields, Map<String, String> headers) throws IOException {
    Matcher action =
        Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(page);
    Matcher state = VIEW_STATE.matcher(page);
    if (!action.find() || !state.find()) {
      throw new IOException("no form " + form + " with a view state on the page");
    }
    boolean prefixed = !form.equals("login");
    Map<String, String> body = new LinkedHashMap<>();
    body.put(form, form);
    fields.forEach((k, v) -> {
      String name = prefixed && !k.contains(":") && !k.contains(".") ? form + ":" + k : k;
      body.put(name, "submit".equals(v) ? name : v);
    });
    body.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    Matcher found = NONCE.matcher(page);
    if (found.find()) {
      nonce = found.group(1);
    }
    if (nonce != null) {
      body.put("primefaces.nonce", nonce);
    }
    String encoded =
        body.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(action.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded));
    headers.forEach(request::header);
    HttpResponse<String> answer = send(request);
    if (answer.statusCode() == 200 && !headers.containsKey("Faces-Request")) {
      page = answer.body();
    }
    return answer;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
