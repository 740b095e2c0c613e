package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.ConsolePushListener;
import io.postbot.web.testing.PostbotDeployment;
import io.postbot.web.testing.RawHttp;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Console sessions against the deployed application: the session id changes at sign-in (a fixed id
 * is worthless), the cookie is HttpOnly, and a failed sign-in says the same whether the user exists
 * or not. (The tests serve plain HTTP, so the Secure flag and the __Host-prefix are off here:
 * postbot.console.secure-cookie=false in arquillian.xml.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Console sessions are rotated at sign-in and failures say nothing about users")
class ConsoleSessionsAreHardenedIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("the session id known before sign-in is not the signed-in one, nor lets anybody in")
  void rotation() {
    ConsoleClient admin = new ConsoleClient(base);
    admin.open("console/login.xhtml");
    List<String> setCookie = admin.last().headers().allValues("Set-Cookie");
    assertThat(setCookie)
        .anySatisfy(c ->
            assertThat(c)
                .startsWith("postbot-console=")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
    String before = admin.sessionCookie();
    assertThat(before).isNotNull();

    assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
    String after = admin.sessionCookie();
    assertThat(after).isNotNull().isNotEqualTo(before);
    assertThat(admin.open("console/index.xhtml").statusCode()).isEqualTo(200);

    // the same hand-written request lets the new id in, so a refusal of the old id means something
    RawHttp.Answer withNew = withCookie(after);
    assertThat(withNew.status()).isEqualTo(200);
    assertThat(withNew.body()).contains("Waiting customers");

    // whoever fixed the old id has nothing
    RawHttp.Answer withOld = withCookie(before);
    assertThat(withOld.status()).isIn(302, 303, 401);
    assertThat(withOld.body()).doesNotContain("Waiting customers");
  }

  @Test
  @DisplayName("an unknown user and a wrong password get the very same message")
  void uniformFailure() {
    ConsoleClient stranger = new ConsoleClient(base);
    assertThat(stranger.login("nobody-here", "whatever-password")).isFalse();
    String unknown = message(stranger.last().body());
    ConsoleClient guesser = new ConsoleClient(base);
    assertThat(guesser.login("it-admin", "not-the-password")).isFalse();
    assertThat(message(guesser.last().body()))
        .isEqualTo(unknown)
        .contains("Invalid username or password");
  }

  @Test
  @DisplayName(
      "a deactivated user is signed out and cannot sign in until reactivated; a reset works;"
          + " all three audited")
  void deactivateAndReset() throws InterruptedException {
    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
    admin.open("console/admin/index.xhtml");
    assertThat(
            admin
                .submit(
                    "users",
                    java.util.Map.of(
                        "username", "sess-kari",
                        "name", "Kari",
                        "role_input", "AGENT",
                        "password", "sess-kari-secret-1",
                        "create", "submit"))
                .body())
        .contains("User created");
    ConsoleClient kari = new ConsoleClient(base);
    assertThat(kari.login("sess-kari", "sess-kari-secret-1")).isTrue();

    kari.open("console/index.xhtml");
    ConsolePushListener kariHears = kari.push();
    String page = admin.open("console/admin/index.xhtml").body();
    admin.click("users", rowButton(page, "sess-kari", "deactivate"));
    assertThat(kariHears.closedWithin(Duration.ofSeconds(10))).as("live channel closed").isTrue();
    assertThat(kari.get("console/index.xhtml").statusCode()).isIn(302, 303, 401);
    assertThat(new ConsoleClient(base).login("sess-kari", "sess-kari-secret-1")).isFalse();

    page = admin.open("console/admin/index.xhtml").body();
    admin.click("users", rowButton(page, "sess-kari", "reactivate"));
    admin.open("console/admin/index.xhtml");
    admin.submit(
        "reset",
        java.util.Map.of(
            "reset-user",
            "sess-kari",
            "new-password",
            "sess-kari-secret-2",
            "reset-password",
            "submit"));
    assertThat(new ConsoleClient(base).login("sess-kari", "sess-kari-secret-1")).isFalse();
    assertThat(new ConsoleClient(base).login("sess-kari", "sess-kari-secret-2")).isTrue();
    // and the audit log says the admin deactivated, reactivated and reset the password of Kari
    assertThat(admin.open("console/admin/audit.xhtml").body())
        .contains("deactivated a console user")
        .contains("reactivated a console user")
        .contains("reset the password of a console user")
        .contains("sess-kari");
  }

  @Test
  @DisplayName("a data-subject request takes the person's e-mail in the body, never in the address")
  void dataSubjectInTheBody() {
    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
    var found =
        admin.post(
            "api/v1/admin/data-subject/search",
            "application/json",
            "{\"email\":\"nobody@example.no\"}",
            java.util.Map.of("Accept", "application/json"));
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(found.body()).contains("conversations");
    assertThat(admin.get("api/v1/admin/data-subject?email=nobody@example.no").statusCode())
        .isIn(404, 405);
  }

  /** The console's start page, asked for by hand with only this session cookie. */
  private RawHttp.Answer withCookie(String sessionId) {
    return new RawHttp(base)
        .send(
            "GET "
                + base.getPath()
                + "console/index.xhtml HTTP/1.1\r\nCookie: postbot-console="
                + sessionId
                + "\r\nConnection: close",
            new byte[0]);
  }

  /** The id of a row's button in the users table, for the row of this username. */
  private static String rowButton(String page, String username, String button) {
    int row = page.indexOf(">" + username + "<");
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("id=\"(users:list:\\d+:" + button + ")\"").matcher(page);
    assertThat(id.find(row)).as(button + " for " + username).isTrue();
    return id.group(1);
  }

  private static String message(String page) {
    int start = page.indexOf("ui-messages-error-summary");
    return start < 0 ? "" : page.substring(start, page.indexOf('<', start));
  }
}
