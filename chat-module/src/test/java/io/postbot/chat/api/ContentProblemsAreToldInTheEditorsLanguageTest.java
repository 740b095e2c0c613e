package io.postbot.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A content problem is told in the editor's language, and in English in logs")
class ContentProblemsAreToldInTheEditorsLanguageTest {

  private static final Locale NB = Locale.forLanguageTag("nb");

  @Test
  @DisplayName("a problem reads in bokmål for a Norwegian editor and as before in English")
  void bothLanguages() {
    // given an intent without Norwegian examples
    ContentProblem problem =
        ContentProblem.of("opening_hours", "rules.no-examples", "opening_hours", "nb");

    // then each editor reads it in their language, the intent it concerns first
    assertThat(problem.text(NB))
        .isEqualTo("opening_hours: intensjonen «opening_hours» har ingen eksempler (nb)");
    assertThat(problem.text(Locale.ENGLISH))
        .isEqualTo("opening_hours: intent 'opening_hours' has no examples (nb)");
  }

  @Test
  @DisplayName("quoted words keep their apostrophes, and numbers are not formatted")
  void quotesAndNumbers() {
    assertThat(ContentProblem.of(null, "syntax.unknown-heading", "## exemples (nb)").message())
        .isEqualTo(
            "unknown heading '## exemples (nb)' (use '# intent: id', '## examples (en)', '## answer (nb)')");
    assertThat(ContentProblem.of(null, "archive.not-listed", "tracking.md").at("index.txt:1200"))
        .hasToString("index.txt:1200: lists 'tracking.md', which is not in the zip");
  }

  @Test
  @DisplayName("logs and the start-up read English whatever the server's own locale")
  void englishInLogs() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(NB);
      ContentProblem problem = WellKnownIntent.GREETING.whyNeeded();

      assertThat(problem)
          .hasToString("greeting: the bot needs intent 'greeting': it opens every conversation");
      assertThat(problem.message(NB))
          .isEqualTo("boten trenger intensjonen «greeting»: den åpner hver samtale");
    } finally {
      Locale.setDefault(before);
    }
  }
}
