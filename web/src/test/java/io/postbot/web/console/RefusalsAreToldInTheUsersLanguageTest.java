package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.handoff.domain.model.hours.OpeningHours;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.StateConflictException;
import io.postbot.web.problem.ProblemTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Console users work in Norwegian or English: when the domain refuses what they did, the page says
 * why in their language (ConsoleRefusals), never with the exception's message, which is the
 * developers' English and may name internal states.
 */
@DisplayName("A refused console action is told in the user's language, never in the code's words")
class RefusalsAreToldInTheUsersLanguageTest {

  private static final Locale NB = Locale.forLanguageTag("nb");

  /** A refusal in the domain's code: new InvalidInputException("type", "reason", ...). */
  private static final Pattern REFUSAL =
      Pattern.compile(
          "(?:InvalidInputException|StateConflictException|super)\\(\\s*\"([a-z]+(?:-[a-z]+)*)\","
              + "\\s*\"([a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)+)\"");

  @Test
  @DisplayName("a refused password reads as its own sentence in bokmål and in English")
  void ownSentence() {
    // given an administrator creating a user with a short password
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Agent.create("kari", "Kari", Set.of(Role.AGENT), "kort".toCharArray(), null));

    // then the page says so in the user's language
    assertThat(ConsoleRefusals.text(NB, refused)).isEqualTo("Et passord har minst 10 tegn.");
    assertThat(ConsoleRefusals.text(Locale.ENGLISH, refused))
        .isEqualTo("A password has at least 10 characters.");
  }

  @Test
  @DisplayName("mistyped opening hours are explained with an example, not with the parser's words")
  void openingHours() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OpeningHours.parse("Mon-Fri 8-20", ZoneId.of("Europe/Oslo")));

    assertThat(ConsoleRefusals.text(NB, refused))
        .isEqualTo(
            "Skriv åpningstidene som i «Mon-Fri 08:00-20:00,Sat 10:00-16:00», eller «always».")
        .doesNotContain(refused.getMessage());
  }

  @Test
  @DisplayName("a refusal the console has no sentence for gets the API's; any other, a general one")
  void fallbacks() {
    InvalidInputException tooShort =
        new InvalidInputException(
            "invalid-data-subject-request", "subject.too-short", "search for at least 6 chars");
    assertThat(ConsoleRefusals.text(NB, tooShort))
        .isEqualTo("Oppgi minst 6 bokstaver eller sifre å søke etter.");

    IllegalStateException internal = new IllegalStateException("version 3 is not in TRAINING");
    assertThat(ConsoleRefusals.text(NB, internal))
        .isEqualTo("Dette kunne ikke gjøres. Sjekk det du fylte inn, og prøv igjen.");
    StateConflictException unknownReason =
        new StateConflictException("chat-closed", "chat.some-new-reason", "internal words");
    assertThat(ConsoleRefusals.text(Locale.ENGLISH, unknownReason))
        .isEqualTo("This could not be done. Check what you entered and try again.");
  }

  @Test
  @DisplayName("every reason the domain refuses with has a sentence in both languages")
  void everyReasonHasASentence() throws IOException {
    Set<String> reasons = new TreeSet<>();
    for (Path root :
        List.of(
            Path.of("src/main/java"),
            Path.of("../chat-module/src/main/java"),
            Path.of("../handoff-module/src/main/java"),
            Path.of("../retention-module/src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = REFUSAL.matcher(Files.readString(file));
          while (m.find()) {
            reasons.add(m.group(2));
          }
        }
      }
    }
    assertThat(reasons).hasSizeGreaterThan(40).contains("user.password", "hours.format");
    for (Locale language : List.of(Locale.ENGLISH, NB)) {
      assertThat(reasons)
          .as("reasons without a sentence in %s", language)
          .allSatisfy(reason ->
              assertThat(
                      ConsoleTexts.bundle(language).containsKey("refusal." + reason)
                          || ProblemTexts.sentence(language, reason).isPresent())
                  .as(reason)
                  .isTrue());
    }
  }

  @Test
  @DisplayName("no console page puts an exception's message into what it shows")
  void noPageShowsAnExceptionsMessage() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<Path> pages =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("jakarta.faces.application.FacesMessage"))
              .toList();
      assertThat(pages).hasSizeGreaterThan(5);
      assertThat(pages).allSatisfy(page -> assertThat(read(page)).doesNotContain("getMessage()"));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
