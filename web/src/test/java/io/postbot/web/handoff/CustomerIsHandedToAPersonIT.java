package io.postbot.web.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.ConsolePushListener;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole handoff against the deployed application: the customer through the API, the agent
 * through the console (signed in, forms posted as a browser would), the survey e-mailed to an
 * in-process SMTP server on loopback (postbot.smtp.* in arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer is handed to a person, chats, and rates the contact once")
class CustomerIsHandedToAPersonIT {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(new ServerSetup(42525, "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName(
      "queue, take, messages both ways, notes, close as complaint, survey once by link and e-mail")
  void handoff() throws Exception {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    String handoff = "api/v1/conversations/" + id + "/handoff";

    // the widget learns why contact details are asked, and on which legal basis
    JsonObject before = Http.json(http.get(handoff, token));
    assertThat(before.getString("state")).isEqualTo("none");
    assertThat(before.getJsonObject("notice").getString("legalBasis"))
        .isEqualTo("GDPR Art. 6(1)(f)");
    assertThat(before.getJsonObject("notice").getString("policyUrl")).isNotBlank();
    assertThat(http.get(handoff, null).statusCode()).isEqualTo(404);

    // invalid details are explained
    HttpResponse<String> badEmail = http.post(handoff, contact("Kari", "kari@", "91234567"), token);
    assertProblem(badEmail, 400, "e-mail");
    assertThat(Http.json(badEmail).getString("type"))
        .isEqualTo("https://postbot.io/problems/invalid-contact-details");
    assertThat(Http.json(badEmail).getString("title")).isEqualTo("Please check your details");
    assertProblem(
        http.post(handoff, contact("Kari", "kari@example.no", "123"), token), 400, "phone");

    // an agent is online
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-admin", "it-admin-secret-1")).isTrue();
    ConsolePushListener consolePage = agent.push();

    // the customer joins the queue
    HttpResponse<String> joined =
        http.post(handoff, contact("Kari Nordmann", "kari@example.no", "912 34 567"), token);
    assertThat(joined.statusCode()).isEqualTo(202);
    // and the open console page is told at once that the queue changed
    assertThat(consolePage.next(Duration.ofSeconds(30))).isEqualTo("queue");
    consolePage.close();
    JsonObject queued = Http.json(joined);
    assertThat(queued.getString("state")).isEqualTo("queued");
    assertThat(queued.getInt("position")).isEqualTo(1);
    assertThat(queued.getJsonNumber("estimateSeconds").longValue()).isPositive();

    // while queued, the bot stays silent
    JsonObject silent =
        Http.json(
            http.post("api/v1/conversations/" + id + "/messages", "{\"text\":\"hello?\"}", token));
    assertThat(silent.getJsonArray("messages")).isEmpty();

    // the agent sees the customer in the queue and takes them, exactly once
    String queuePage = agent.open("console/index.xhtml").body();
    assertThat(queuePage).contains("queue:waiting:0:take").contains("Waiting customers (1)");
    HttpResponse<String> taken = agent.post("api/agent/v1/chats/" + id + "/take");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(204);
    assertThat(agent.post("api/agent/v1/chats/" + id + "/take").statusCode()).isEqualTo(409);
    JsonObject withAgent = Http.json(http.get(handoff, token));
    assertThat(withAgent.getString("state")).isEqualTo("with_agent");
    assertThat(withAgent.getString("agent")).isEqualTo("Administrator");

    // messages both ways; a note stays internal
    String chatPage = agent.open("console/chat.xhtml?c=" + id).body();
    assertThat(chatPage).contains("Kari Nordmann").contains("+4791234567").contains("hello?");
    agent.submit("compose", Map.of("text", "Hi Kari, how can I help?", "send", "submit"));
    http.post(
        "api/v1/conversations/" + id + "/messages",
        "{\"text\":\"My parcel arrived broken\"}",
        token);
    agent.open("console/chat.xhtml?c=" + id);
    agent.submit("notes", Map.of("note", "Photos requested", "add-note", "submit"));
    String transcript = http.get("api/v1/conversations/" + id + "/messages", token).body();
    assertThat(transcript).contains("Hi Kari, how can I help?").contains("\"author\":\"agent\"");
    assertThat(transcript).doesNotContain("Photos requested");
    assertThat(agent.open("console/chat.xhtml?c=" + id).body())
        .contains("My parcel arrived broken")
        .contains("Photos requested");

    // the agent closes it as a complaint
    agent.submit("close", Map.of("category_input", "COMPLAINT", "close-chat", "submit"));
    JsonObject closed = Http.json(http.get(handoff, token));
    assertThat(closed.getString("state")).isEqualTo("closed");
    // the survey invitation follows the close on another thread: wait for the e-mail first
    assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
    closed = Http.json(http.get(handoff, token));
    String survey = closed.getString("surveyToken");
    assertThat(survey).hasSize(43);

    // the survey link was e-mailed to the address given
    var message = mail.getReceivedMessages()[0];
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("kari@example.no");
    assertThat(GreenMailUtil.getBody(message)).contains("survey/#" + survey);

    // the token travels in the body only: the survey is looked up and answered without it in a URL
    JsonObject view = Http.json(http.post("api/v1/surveys/lookup", tokenOf(survey), null));
    assertThat(view.getBoolean("answered")).isFalse();
    assertThat(http.get("api/v1/surveys/" + survey, null).statusCode()).isIn(404, 405);
    assertThat(http.post("api/v1/surveys/" + survey, "{\"score\":5}", null).statusCode())
        .isIn(404, 405);

    // answered once; the second answer, bad scores and unknown links are refused
    assertProblem(
        http.post("api/v1/surveys/answers", answer(survey, 6, null), null), 400, "1 to 5");
    assertThat(
            http.post("api/v1/surveys/answers", answer(survey, 5, "Quick help"), null).statusCode())
        .isEqualTo(204);
    assertThat(
            Http.json(http.post("api/v1/surveys/lookup", tokenOf(survey), null))
                .getBoolean("answered"))
        .isTrue();
    assertProblem(
        http.post("api/v1/surveys/answers", answer(survey, 1, null), null), 409, "already");
    assertProblem(
        http.post("api/v1/surveys/answers", answer("x".repeat(43), 1, null), null), 404, "survey");
    assertProblem(http.post("api/v1/surveys/lookup", "{}", null), 404, "survey");
  }

  private static String tokenOf(String survey) {
    return "{\"token\":\"" + survey + "\"}";
  }

  private static String answer(String survey, int score, String comment) {
    return "{\"token\":\""
        + survey
        + "\",\"score\":"
        + score
        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
        + "}";
  }

  @Test
  @DisplayName("a customer may leave the queue, and leave a message instead")
  void leaveAndOffline() {
    Http http = new Http(base);
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-admin", "it-admin-secret-1")).isTrue();
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"nb\"}", null));
    String handoff = "api/v1/conversations/" + started.getString("id") + "/handoff";
    String token = started.getString("token");

    assertThat(
            http.post(handoff, contact("Ola", "ola@example.no", "+47 22 03 00 00"), token)
                .statusCode())
        .isEqualTo(202);
    JsonObject left = Http.json(http.delete(handoff, token));
    assertThat(left.getString("state")).isEqualTo("left");
    assertThat(left.getJsonObject("notice").getString("legalBasis")).isEqualTo("GDPR Art. 6(1)(f)");
    assertThat(left.getJsonObject("notice").getString("text")).doesNotContain("6(1)(f)");

    JsonObject other = Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    HttpResponse<String> offline =
        http.post(
            "api/v1/conversations/" + other.getString("id") + "/handoff/offline",
            "{\"name\":\"Per\",\"email\":\"per@example.no\",\"phone\":\"91234567\",\"message\":\"Call me about my parcel\"}",
            other.getString("token"));
    assertThat(offline.statusCode()).isEqualTo(202);
    assertThat(Http.json(offline).getString("state")).isEqualTo("offline_request_left");
    assertThat(agent.open("console/index.xhtml").body()).contains("Call me about my parcel");
  }

  @Test
  @DisplayName("the console's Take button takes the customer and opens the chat")
  void takeButton() {
    Http http = new Http(base);
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-admin", "it-admin-secret-1")).isTrue();
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String handoff = "api/v1/conversations/" + id + "/handoff";
    http.post(handoff, contact("Eva", "eva@example.no", "91234567"), started.getString("token"));

    String page = agent.open("console/index.xhtml").body();
    int row = countRowsBefore(page, id);
    HttpResponse<String> clicked = agent.click("queue", "queue:waiting:" + row + ":take");

    assertThat(clicked.body()).as(excerpt(clicked.body())).contains("<redirect").contains(id);
    assertThat(Http.json(http.get(handoff, started.getString("token"))).getString("state"))
        .isEqualTo("with_agent");
  }

  /** The row of the take button for this conversation (the queue may hold others). */
  private static int countRowsBefore(String page, String id) {
    String table = page.substring(page.indexOf("queue:waiting_data"));
    int rows = 0;
    int at = 0;
    while ((at = table.indexOf("data-ri=\"", at + 1)) > 0) {
      rows++;
    }
    return Math.max(0, rows - 1);
  }

  /** The page's messages, or its start, to explain a failed step. */
  private static String excerpt(String page) {
    int messages = page.indexOf("ui-messages");
    return page.substring(
        Math.max(0, messages), Math.min(page.length(), Math.max(0, messages) + 1500));
  }

  private static String contact(String name, String email, String phone) {
    return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}";
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).getString("detail")).containsIgnoringCase(detail);
  }
}
