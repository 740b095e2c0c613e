package io.postbot.chat.infrastructure.understanding.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stems and folded letters let inflected and diacritic-less Norwegian words meet")
class NorwegianWordsMeetTheirFormsTest {

  private final NgramSettings settings = new NgramSettings(2, 5, 1, 0, 1.0).withStems(1.0, true);

  @Test
  @DisplayName("inflected forms of a noun share one stem")
  void inflections() {
    assertThat(NorwegianStems.foldedStem("pakken"))
        .isEqualTo(NorwegianStems.foldedStem("pakkene"))
        .isEqualTo(NorwegianStems.foldedStem("pakker"));
  }

  @Test
  @DisplayName("a word typed without å, ø or æ has the stem of the word with them")
  void withoutDiacritics() {
    assertThat(NorwegianStems.foldedStem("når")).isEqualTo(NorwegianStems.foldedStem("nar"));
    assertThat(NorwegianStems.foldedStem("ødelagt"))
        .isEqualTo(NorwegianStems.foldedStem("odelagt"));
    assertThat(NorwegianStems.fold("været")).isEqualTo("vaeret");
  }

  @Test
  @DisplayName("with folding on, 'apner' shares character n-grams that only 'åpner' had")
  void foldedCharacters() {
    assertThat(settings.grams("åpner")).containsKeys("s:" + NorwegianStems.foldedStem("apner"));
    assertThat(settings.grams("åpner")).containsKey("c:<ap");
    assertThat(new NgramSettings(2, 5, 1, 0, 1.0).grams("åpner")).doesNotContainKey("c:<ap");
  }
}
