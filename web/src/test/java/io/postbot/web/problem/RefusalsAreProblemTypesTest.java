package io.postbot.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Refusal;
import io.postbot.shared.StateConflictException;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Refusals are typed problems in the client's language; nothing else leaks a message")
class RefusalsAreProblemTypesTest {

  @Test
  @DisplayName("invalid input gets its own type, a title and a sentence, never the code's message")
  void invalidInput() {
    var refused =
        new InvalidInputException("invalid-contact-details", "email.invalid", "internal: regex x");

    Problem problem = ProblemTexts.problem(400, refused.refusal(), asking("en"));

    assertThat(problem.type()).hasToString("https://postbot.io/problems/invalid-contact-details");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Please check your details");
    assertThat(problem.detail()).isEqualTo("This is not a valid e-mail address.");
    assertThat(problem.detail() + problem.title()).doesNotContain("internal");
  }

  @Test
  @DisplayName("a client asking for Norwegian gets the refusal in bokmål")
  void inNorwegian() {
    var refused = new StateConflictException("handoff-unavailable", "handoff.closed", "x");

    Problem problem = ProblemTexts.problem(409, refused.refusal(), asking("nb-NO"));

    assertThat(problem.title()).isEqualTo("Kundeservice er ikke tilgjengelig");
    assertThat(problem.detail()).startsWith("Kundeservice er stengt");
  }

  @Test
  @DisplayName("a reason without a sentence gets its type's general one")
  void unknownReason() {
    Problem problem =
        ProblemTexts.problem(400, new Refusal("invalid-message", "message.unheard-of"), null);

    assertThat(problem.detail()).isEqualTo("The message cannot be sent as it is.");
  }

  @Test
  @DisplayName("an IllegalStateException of the code's own is a 500 with an incident id only")
  void unexpectedIllegalState() {
    Problem problem =
        UnexpectedErrorMapper.incident(new IllegalStateException("queue row of kari@x.no"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.type()).hasToString("https://postbot.io/problems/internal-error");
    assertThat(problem.detail())
        .contains("incident")
        .doesNotContain("kari")
        .doesNotContain("queue row");
  }

  @Test
  @DisplayName("English and bokmål have the same sentences")
  void bothLanguages() throws IOException {
    assertThat(keys("ProblemTexts_nb.properties"))
        .isEqualTo(keys("ProblemTexts_en.properties"))
        .isEqualTo(keys("ProblemTexts.properties"));
  }

  private static java.util.Set<Object> keys(String file) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = ProblemTexts.class.getResourceAsStream(file)) {
      texts.load(in);
    }
    return texts.keySet();
  }

  private static HttpHeaders asking(String language) {
    return (HttpHeaders)
        Proxy.newProxyInstance(
            HttpHeaders.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) ->
                method.getName().equals("getAcceptableLanguages")
                    ? List.of(Locale.forLanguageTag(language))
                    : null);
  }
}
