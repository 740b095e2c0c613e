package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.ConsolePushListener;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat page against the deployed application, per role and per chat state: a waiting customer
 * shows no contact details to anybody, a live chat only to its agent and supervisors, a closed one
 * only to supervisors. Everybody else is told the chat does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The console shows a chat only to its agent, supervisors and admins")
class AgentsSeeOnlyChatsTheyMayIT {

  static final String NAME = "Kari Nordmann";
  static final String PHONE = "+4791234567";
  static final String GONE = "This chat does not exist";

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("waiting, taken and closed: each console user sees what their role allows")
  void perRoleAndState() throws InterruptedException {
    // given an admin who creates two agents and a supervisor
    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
    create(admin, "acl-anna", "AGENT");
    create(admin, "acl-ola", "AGENT");
    create(admin, "acl-siri", "SUPERVISOR");
    ConsoleClient anna = signIn("acl-anna");
    ConsoleClient ola = signIn("acl-ola");
    ConsoleClient siri = signIn("acl-siri");
    anna.open("console/index.xhtml");

    // and a customer waiting with contact details
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    http.post(
        "api/v1/conversations/" + id + "/messages", "{\"text\":\"my parcel is lost\"}", token);
    String contact =
        "{\"name\":\"" + NAME + "\",\"email\":\"kari@example.no\",\"phone\":\"91234567\"}";
    assertThat(http.post("api/v1/conversations/" + id + "/handoff", contact, token).statusCode())
        .isEqualTo(202);
    String chat = "console/chat.xhtml?c=" + id;

    // while waiting, the customer's typing is refused
    String typing = "api/v1/conversations/" + id + "/handoff/typing";
    assertThat(http.post(typing, "{}", token).statusCode()).isEqualTo(409);

    // while waiting, agents and supervisors see the entry but no contact details
    for (ConsoleClient viewer : new ConsoleClient[] {ola, siri, admin}) {
      String page = viewer.open(chat).body();
      assertThat(page).contains("my parcel is lost").doesNotContain(NAME).doesNotContain(PHONE);
    }

    // the cookie-authenticated take refuses form posts and other sites' pages
    String take = "api/agent/v1/chats/" + id + "/take";
    assertThat(anna.post(take, "application/x-www-form-urlencoded", "a=b", Map.of()).statusCode())
        .isEqualTo(415);
    assertThat(
            anna.post(take, "application/json", "{}", Map.of("Origin", "https://evil.example"))
                .statusCode())
        .isEqualTo(403);

    // once Anna took it, it is hers: Ola sees nothing of it, the supervisor and admin all
    assertThat(anna.post("api/agent/v1/chats/" + id + "/take").statusCode()).isEqualTo(204);
    assertThat(anna.open(chat).body()).contains(NAME).contains(PHONE);
    String forOla = ola.open(chat).body();
    assertThat(forOla).contains(GONE).doesNotContain(NAME).doesNotContain("my parcel is lost");
    assertThat(siri.open(chat).body()).contains(NAME).contains(PHONE);
    assertThat(admin.open(chat).body()).contains(NAME);

    // the customer's typing reaches Anna's console only
    ConsolePushListener annaHears = anna.push();
    ConsolePushListener olaHears = ola.push();
    assertThat(http.post(typing, "{}", token).statusCode()).isEqualTo(204);
    assertThat(frameUntil(annaHears, "chat")).isEqualTo("chat");
    JsonObject next = Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    http.post(
        "api/v1/conversations/" + next.getString("id") + "/handoff",
        contact,
        next.getString("token"));
    // Ola's first frame is the queue's change, never the typing in Anna's chat
    assertThat(olaHears.next(Duration.ofSeconds(30))).isEqualTo("queue");
    annaHears.close();
    olaHears.close();

    // closed, it is kept for years and shown to supervisors only, not even to Anna
    anna.open(chat);
    anna.submit("close", Map.of("category_input", "ADVICE", "close-chat", "submit"));
    assertThat(anna.open(chat).body()).contains(GONE).doesNotContain(NAME);
    assertThat(ola.open(chat).body()).contains(GONE).doesNotContain(NAME);
    assertThat(siri.open(chat).body()).contains(NAME).contains("my parcel is lost");
  }

  private static String frameUntil(ConsolePushListener listener, String wanted)
      throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      String frame = listener.next(Duration.ofSeconds(30));
      if (wanted.equals(frame)) {
        return frame;
      }
    }
    return "never " + wanted;
  }

  private ConsoleClient signIn(String username) {
    ConsoleClient client = new ConsoleClient(base);
    assertThat(client.login(username, username + "-secret-1")).isTrue();
    return client;
  }

  private static void create(ConsoleClient admin, String username, String role) {
    admin.open("console/admin/index.xhtml");
    String body =
        admin
            .submit(
                "users",
                Map.of(
                    "username",
                    username,
                    "name",
                    username.substring(4),
                    "role_input",
                    role,
                    "password",
                    username + "-secret-1",
                    "create",
                    "submit"))
            .body();
    assertThat(body).contains("User created");
  }
}
