package io.postbot.chat.application.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.IntentForm;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.domain.model.knowledge.Contents;
import io.postbot.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the form and an import find wrong is named by its own key, never by an exception's message
 * (the developers' English), so that the console can tell it in bokmål too.
 */
@DisplayName("Editors read what is wrong with a form or a file in their own language")
class EditorsReadWhatIsWrongInTheirLanguageTest {

  private static final Locale NB = Locale.forLanguageTag("nb");

  @Test
  @DisplayName("a bad section and bad buttons each get their own sentence")
  void form() {
    // given a form with a section name in capitals and four broken buttons
    IntentForm form =
        new IntentForm(
            "parcel_late",
            "Late Parcels",
            Map.of(
                Language.EN,
                new IntentForm.Part(
                    List.of("my parcel is late"),
                    "Sorry.",
                    List.of(
                        new IntentForm.ButtonForm("Track", "http://example.no"),
                        new IntentForm.ButtonForm("Prices", "https://exa mple.no"),
                        new IntentForm.ButtonForm("Help", "intent:Help"),
                        new IntentForm.ButtonForm("Nowhere", " "))),
                Language.NB,
                new IntentForm.Part(List.of("pakken er sen"), "Beklager.", List.of())));

    // when it is saved
    InvalidContentException refused =
        catchThrowableOfType(InvalidContentException.class, () -> IntentForms.intent(form));

    // then every mistake is told on its own, in English as before and in bokmål
    assertThat(refused.problems())
        .extracting(ContentProblem::key)
        .containsExactly(
            "form.bad-section",
            "form.button-https",
            "form.button-link",
            "form.button-intent",
            "form.button-target");
    assertThat(refused.problems())
        .extracting(p -> p.message(Locale.ENGLISH))
        .containsExactly(
            "bad section: a section name has lower case letters, digits, - and _ (at most 40)",
            "button 'Track' (en): links must use https",
            "button 'Prices' (en): 'https://exa mple.no' is not a link",
            "button 'Help' (en): not an intent id: lower case letters, digits and _",
            "button 'Nowhere' (en): a button leads to an intent or a link");
    assertThat(refused.problems().get(1).text(NB))
        .isEqualTo("parcel_late: knappen «Track» (en): lenker må bruke https");
  }

  @Test
  @DisplayName("a broken file is told with its file and line, in bokmål too")
  void file() {
    byte[] broken = "# intent: thanks\n## exemples (en)\n".getBytes(StandardCharsets.UTF_8);

    InvalidContentException refused =
        catchThrowableOfType(
            InvalidContentException.class,
            () -> ContentImport.into(Contents.small(), "conversation.md", broken));

    assertThat(refused.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.place()).isEqualTo("conversation.md:2");
          assertThat(p.text(NB))
              .isEqualTo(
                  "conversation.md:2: ukjent overskrift «## exemples (en)» (bruk «# intent: id»,"
                      + " «## examples (en)», «## answer (nb)»)");
        });
  }

  @Test
  @DisplayName("a file whose name is no section name is refused by name, not by a stack's words")
  void fileName() {
    byte[] section = "# intent: thanks\n".getBytes(StandardCharsets.UTF_8);

    InvalidContentException refused =
        catchThrowableOfType(
            InvalidContentException.class,
            () -> ContentImport.into(Contents.small(), "Late Parcels.md", section));

    assertThat(refused.problems())
        .singleElement()
        .hasToString(
            "Late Parcels.md: a section name has lower case letters, digits, - and _ (at most 40)")
        .satisfies(p -> assertThat(p.message(NB)).startsWith("et seksjonsnavn har små bokstaver"));
  }
}
