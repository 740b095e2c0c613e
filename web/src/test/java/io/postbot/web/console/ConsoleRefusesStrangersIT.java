package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.ConsolePushListener;
import io.postbot.web.testing.PostbotDeployment;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console and the agent endpoints against the deployed application: nobody gets in without
 * signing in, and each role reaches only its own pages. The administrator comes from
 * postbot.admin.* (arquillian.xml); the agent is created through the users page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The console refuses strangers and keeps each role to its own pages")
class ConsoleRefusesStrangersIT {

  static final String ADMIN = "it-admin";
  static final String ADMIN_PASSWORD = "it-admin-secret-1";
  static final List<String> AGENT_PAGES =
      List.of("console/index.xhtml", "console/chat.xhtml", "console/", "api/agent/v1/queue");
  static final List<String> SUPERVISOR_PAGES =
      List.of(
          "console/supervisor/index.xhtml",
          "console/supervisor/statistics.xhtml",
          "api/agent/supervisor/v1/overview");
  static final List<String> ADMIN_PAGES =
      List.of(
          "console/admin/index.xhtml",
          "console/admin/privacy.xhtml",
          "console/admin/review.xhtml",
          "console/admin/models.xhtml",
          "console/admin/audit.xhtml");

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @Order(1)
  @DisplayName("without signing in, every console page and agent endpoint sends to the login form")
  void strangers() {
    ConsoleClient stranger = new ConsoleClient(base);
    for (String page : concat(AGENT_PAGES, SUPERVISOR_PAGES, ADMIN_PAGES)) {
      HttpResponse<String> response = stranger.get(page);
      assertThat(response.statusCode()).as(page).isIn(302, 303, 401, 403);
      if (response.statusCode() / 100 == 3) {
        assertThat(response.headers().firstValue("Location"))
            .as(page)
            .hasValueSatisfying(l -> assertThat(l).contains("/console/login.xhtml"));
      }
      assertThat(response.body()).as(page).doesNotContain("Waiting customers");
    }
    // nor does the console's live channel open for them
    assertThatThrownBy(stranger::push).hasMessageContaining("console push refused");
    HttpResponse<String> login = stranger.get("console/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains(">Username<").contains(">Password<");
  }

  @Test
  @Order(2)
  @DisplayName("a wrong password is refused with a message, and the admin reaches every page")
  void admin() {
    ConsoleClient intruder = new ConsoleClient(base);
    assertThat(intruder.login(ADMIN, "not-the-password")).isFalse();
    assertThat(intruder.last().body()).contains("Invalid username or password");

    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login(ADMIN, ADMIN_PASSWORD)).isTrue();
    for (String page : concat(AGENT_PAGES, SUPERVISOR_PAGES, ADMIN_PAGES)) {
      assertThat(admin.open(page).statusCode()).as(page).isEqualTo(200);
    }
    // given an agent created by the admin
    admin.open("console/admin/index.xhtml");
    HttpResponse<String> created =
        admin.submit(
            "users",
            Map.of(
                "username", "it-agent",
                "name", "Kari",
                "role_input", "AGENT",
                "password", "it-agent-secret-1",
                "create", "submit"));
    assertThat(created.body()).contains("User created");
    admin.submit(
        "users",
        Map.of(
            "username", "it-locked",
            "name", "Ola",
            "role_input", "AGENT",
            "password", "it-locked-secret-1",
            "create", "submit"));
  }

  @Test
  @Order(3)
  @DisplayName("an agent reaches the queue but neither the supervisor's nor the admin's pages")
  void agent() {
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-agent", "it-agent-secret-1")).isTrue();
    for (String page : AGENT_PAGES) {
      assertThat(agent.open(page).statusCode()).as(page).isEqualTo(200);
    }
    for (String page : concat(SUPERVISOR_PAGES, ADMIN_PAGES)) {
      assertThat(agent.get(page).statusCode()).as(page).isEqualTo(403);
    }
  }

  @Test
  @Order(5)
  @DisplayName(
      "a supervisor reaches the queue, the supervisor's pages and statistics, no admin page")
  void supervisor() {
    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login(ADMIN, ADMIN_PASSWORD)).isTrue();
    admin.open("console/admin/index.xhtml");
    assertThat(
            admin
                .submit(
                    "users",
                    Map.of(
                        "username", "it-supervisor",
                        "name", "Siri",
                        "role_input", "SUPERVISOR",
                        "password", "it-supervisor-secret-1",
                        "create", "submit"))
                .body())
        .contains("User created");

    ConsoleClient supervisor = new ConsoleClient(base);
    assertThat(supervisor.login("it-supervisor", "it-supervisor-secret-1")).isTrue();
    for (String page : concat(AGENT_PAGES, SUPERVISOR_PAGES)) {
      assertThat(supervisor.open(page).statusCode()).as(page).isEqualTo(200);
    }
    for (String page : ADMIN_PAGES) {
      assertThat(supervisor.get(page).statusCode()).as(page).isEqualTo(403);
    }
    // and the admin's audit log says who created the supervisor, from where
    assertThat(admin.open("console/admin/audit.xhtml").body())
        .contains("created a console user")
        .contains("it-supervisor")
        .contains(ADMIN);
  }

  @Test
  @Order(4)
  @DisplayName(
      "after five wrong passwords even the right one is refused, and logout ends the session")
  void lockoutAndLogout() throws InterruptedException {
    ConsoleClient guesser = new ConsoleClient(base);
    for (int i = 0; i < 5; i++) {
      assertThat(guesser.login("it-locked", "wrong-guess-" + i)).isFalse();
    }
    assertThat(guesser.login("it-locked", "it-locked-secret-1")).isFalse();
    // with the message of every other failure: nobody learns that the account exists or is locked
    assertThat(guesser.last().body()).contains("Invalid username or password");

    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-agent", "it-agent-secret-1")).isTrue();
    agent.open("console/index.xhtml");
    ConsolePushListener live = agent.push();
    HttpResponse<String> out = agent.submit("session", Map.of("logout", "submit"));
    assertThat(out.statusCode()).isIn(302, 303);
    assertThat(agent.get("console/index.xhtml").statusCode()).isIn(302, 303, 401);
    // and the page's live channel ends with the session
    assertThat(live.closedWithin(Duration.ofSeconds(10))).as("live channel closed").isTrue();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
