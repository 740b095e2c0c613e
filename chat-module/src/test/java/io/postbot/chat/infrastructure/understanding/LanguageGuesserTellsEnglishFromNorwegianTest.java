package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.infrastructure.understanding.language.LanguageGuesser;
import io.postbot.shared.Language;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The language guesser tells English from Norwegian bokmål")
class LanguageGuesserTellsEnglishFromNorwegianTest {

  private final LanguageGuesser guesser = LanguageGuesser.train(Map.of());

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "hvor er pakken min?, NB",
    "jeg har ikke fått brevet, NB",
    "når stenger postkontoret i dag, NB",
    "where is my parcel?, EN",
    "I have not received the letter, EN",
    "when does the post office close today, EN"
  })
  @DisplayName("clear sentences are recognised whatever the conversation's language")
  void clearSentences(String sentence, Language expected) {
    Language other = expected == Language.EN ? Language.NB : Language.EN;

    assertThat(guesser.guess(sentence, other)).isEqualTo(expected);
  }

  @Test
  @DisplayName("a tracking number alone keeps the conversation's language")
  void noEvidence() {
    assertThat(guesser.guess("70730259304981", Language.NB)).isEqualTo(Language.NB);
    assertThat(guesser.guess("70730259304981", Language.EN)).isEqualTo(Language.EN);
  }
}
