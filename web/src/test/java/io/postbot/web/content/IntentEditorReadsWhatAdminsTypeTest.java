package io.postbot.web.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.IntentForm;
import io.postbot.shared.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The content page reads intents as admins type them")
class IntentEditorReadsWhatAdminsTypeTest {

  @Test
  @DisplayName("an intent opens as text, one example or button a line, and saves as it was")
  void roundTrip() {
    IntentForm form =
        new IntentForm(
            "thanks",
            "conversation",
            Map.of(
                Language.EN,
                new IntentForm.Part(
                    List.of("thanks", "thank you"),
                    "You're welcome!",
                    List.of(
                        new IntentForm.ButtonForm("Talk to a person", "intent:talk_to_human"),
                        new IntentForm.ButtonForm("Prices", "https://example.no/prices"))),
                Language.NB,
                new IntentForm.Part(List.of("takk"), "Bare hyggelig!", List.of())));

    IntentEditor editor = IntentEditor.of(form);

    assertThat(editor.getExamplesEn()).isEqualTo("thanks\nthank you");
    assertThat(editor.getButtonsEn())
        .isEqualTo("[Talk to a person](intent:talk_to_human)\n[Prices](https://example.no/prices)");
    assertThat(editor.isCreating()).isFalse();
    assertThat(editor.form()).isEqualTo(form);
  }

  @Test
  @DisplayName("blank lines and spaces around lines are ignored; a malformed button is explained")
  void typing() {
    IntentEditor editor = new IntentEditor();
    editor.setId(" parcel_lockers ");
    editor.setExamplesNb("  hvor er pakkeboksen \r\n\n  pakkeboks  ");
    editor.setButtonsEn("[Find one](https://example.no/lockers)\n");

    IntentForm form = editor.form();

    assertThat(editor.isCreating()).isTrue();
    assertThat(form.id()).isEqualTo("parcel_lockers");
    assertThat(form.in(Language.NB).examples()).containsExactly("hvor er pakkeboksen", "pakkeboks");
    assertThat(form.in(Language.EN).buttons())
        .containsExactly(new IntentForm.ButtonForm("Find one", "https://example.no/lockers"));

    editor.setButtonsEn("Find one -> https://example.no");
    assertThatThrownBy(editor::form).hasMessageContaining("[label](intent:id)");
  }
}
