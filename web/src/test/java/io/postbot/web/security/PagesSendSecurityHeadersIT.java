package io.postbot.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer carries the security headers: a Content-Security-Policy whose scripts exclude
 * 'unsafe-inline' and 'unsafe-eval', no framing, no MIME sniffing, no referrer; no Server banner.
 * Console pages get PrimeFaces' nonce and have no inline handler left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Pages and API answers send security headers and no server banner")
class PagesSendSecurityHeadersIT {

  static final List<String> PAGES =
      List.of("", "index.html", "privacy.html", "survey/", "console/login.xhtml", "api-docs/");

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("each page: a script policy without inline or eval, frame-ancestors 'none'")
  void pages() {
    Http http = new Http(base);
    for (String page : PAGES) {
      HttpResponse<String> response = http.get(page, null);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      List<String> policies = response.headers().allValues("Content-Security-Policy");
      assertThat(policies).as(page).hasSize(1);
      String scripts = directive(policies.get(0), "script-src");
      assertThat(scripts).as(page).startsWith("'self'").doesNotContain("unsafe");
      assertThat(directive(policies.get(0), "frame-ancestors")).as(page).isEqualTo("'none'");
      assertThat(directive(policies.get(0), "object-src")).as(page).isEqualTo("'none'");
      common(page, response);
    }
  }

  @Test
  @DisplayName("a console page: the script policy has a nonce, every inline script carries it")
  void console() {
    HttpResponse<String> response = new Http(base).get("console/login.xhtml", null);
    String scripts =
        directive(
            response.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src");
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
    assertThat(nonce.find()).as(scripts).isTrue();
    String body = response.body();
    assertThat(body).doesNotContainPattern("\\son[a-z]+\\s*=\\s*\"");
    Matcher inline = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(body);
    while (inline.find()) {
      assertThat(inline.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
    }
    // a fresh nonce for each answer
    String again =
        new Http(base)
            .get("console/login.xhtml", null)
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow();
    assertThat(again).doesNotContain(nonce.group(1));
  }

  @Test
  @DisplayName("API answers, errors included, are never rendered, sniffed or framed")
  void api() {
    Http http = new Http(base);
    for (String path :
        List.of("api/v1/conversations/c0ffee/messages", "openapi", "health", "no/such/page")) {
      HttpResponse<String> response = http.get(path, null);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(p -> assertThat(p).contains("frame-ancestors 'none'"));
      common(path, response);
    }
  }

  @Test
  @DisplayName("no Server or X-Powered-By banner over plain HTTP/1.1 either (no h2c upgrade asked)")
  void noBannerOverHttp11() throws Exception {
    // the suite's client asks to upgrade to HTTP/2, whose answer Payara sends without a banner;
    // a browser or a proxy speaks HTTP/1.1 and used to get "Server: Payara Micro"
    HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String path : List.of("widget/postbot.js", "health/ready", "index.html")) {
      HttpResponse<Void> response =
          plain.send(
              HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
      assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
    }
  }

  private static void common(String what, HttpResponse<String> response) {
    assertThat(response.headers().firstValue("X-Content-Type-Options"))
        .as(what)
        .hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    assertThat(response.headers().firstValue("Server")).as(what).isEmpty();
    assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
  }

  /** A directive's sources, or "" when the policy does not have it. */
  static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      String trimmed = part.strip();
      if (trimmed.startsWith(name + " ")) {
        return trimmed.substring(name.length() + 1).strip();
      }
    }
    return "";
  }
}
