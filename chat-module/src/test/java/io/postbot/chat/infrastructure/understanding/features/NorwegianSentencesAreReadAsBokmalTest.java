package io.postbot.chat.infrastructure.understanding.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.infrastructure.understanding.ClassifierRecipe;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "A Norwegian sentence's word features are bokmål stems; an English one keeps its words")
class NorwegianSentencesAreReadAsBokmalTest {

  private final NorwegianAnalysis light =
      new NorwegianAnalysis("light", true, true, NorwegianAnalysis.DEFAULT_MIN_LEAD);
  private final NgramSettings words = new NgramSettings(2, 5, 1, 1.0, 0).withNorwegian(light);

  private Map<String, Integer> wordGrams(String sentence) {
    return words.grams(sentence);
  }

  @Test
  @DisplayName("inflected forms of one Norwegian noun share a word feature")
  void inflectedNounsMeet() {
    assertThat(wordGrams("hvor er pakken min")).containsKey("w:pakk");
    assertThat(wordGrams("jeg venter på to pakker")).containsKey("w:pakk");
    assertThat(wordGrams("når kommer pakkene mine")).containsKey("w:pakk");
  }

  @Test
  @DisplayName("definite and plural forms of a compound meet too")
  void compoundsMeet() {
    assertThat(light.stems(List.of("hentestedet", "hentesteder", "hentested")))
        .containsOnly("hentested");
    assertThat(light.stems(List.of("sendingen", "sendinger", "sending"))).containsOnly("sending");
  }

  @Test
  @DisplayName("a word typed without å, ø or æ has the feature of the word written with them")
  void missingDiacriticsMeet() {
    assertThat(wordGrams("når åpner dere")).containsKeys("w:nar", "w:apn", "b:nar apn");
    assertThat(wordGrams("nar apner dere")).containsKeys("w:nar", "w:apn", "b:nar apn");
    assertThat(wordGrams("pakken er ødelagt")).containsKey("w:odelagt");
    assertThat(wordGrams("pakken er odelagt")).containsKey("w:odelagt");
  }

  @Test
  @DisplayName("an English sentence keeps its words as they are")
  void englishIsLeftAlone() {
    assertThat(light.applies("where are my parcels")).isFalse();
    assertThat(wordGrams("where are my parcels"))
        .containsKeys("w:parcels", "b:my parcels")
        .doesNotContainKey("w:parcel");
    assertThat(wordGrams("where are my parcels"))
        .isEqualTo(new NgramSettings(2, 5, 1, 1.0, 0).grams("where are my parcels"));
  }

  @Test
  @DisplayName("the character n-grams of a Norwegian sentence are those of its words as typed")
  void charactersAreUntouched() {
    NgramSettings chars = new NgramSettings(2, 5, 1, 0, 1.0);
    assertThat(chars.withNorwegian(light).grams("hvor er pakken min"))
        .isEqualTo(chars.grams("hvor er pakken min"));
  }

  @Test
  @DisplayName("a compound of two known words also gives its parts, a linking s or e dropped")
  void compoundParts() {
    Set<String> lexicon = Set.of("toll", "betaling", "sporing", "nummer", "pakk", "boks");
    assertThat(NorwegianAnalysis.parts("tollbetaling", lexicon))
        .containsExactly("toll", "betaling");
    assertThat(NorwegianAnalysis.parts("sporingsnummer", lexicon))
        .containsExactly("sporing", "nummer");
    assertThat(NorwegianAnalysis.parts("pakkeboks", lexicon)).containsExactly("pakk", "boks");
    assertThat(NorwegianAnalysis.parts("betaling", lexicon)).isEmpty();
    NgramSettings compounds =
        new NgramSettings(2, 5, 1, 1.0, 0).withNorwegian(light.withCompounds(true));
    assertThat(compounds.grams("hvor er tollbetalingen min", lexicon))
        .containsKeys("w:tollbetaling", "w:toll", "w:betaling");
    assertThat(compounds.grams("where is the customs payment", lexicon))
        .doesNotContainKeys("w:toll", "w:custom");
  }

  @Test
  @DisplayName("the bot's recipe reads Norwegian sentences as bokmål and English ones as typed")
  void theBotsRecipe() {
    NgramSettings bot = ClassifierRecipe.standard().ngrams();
    assertThat(bot.norwegian()).isEqualTo(ClassifierRecipe.STANDARD_NORWEGIAN);
    assertThat(bot.grams("hvor er pakkene mine")).containsKey("w:pakk");
    assertThat(bot.grams("har du fått pakken")).containsKey("w:pakk");
    assertThat(bot.grams("where are my parcels")).containsKey("w:parcels");
  }

  @Test
  @DisplayName("off, every sentence keeps its words")
  void off() {
    NgramSettings plain = new NgramSettings(2, 5, 1, 1.0, 0);
    assertThat(plain.norwegian().enabled()).isFalse();
    assertThat(plain.grams("hvor er pakken min"))
        .containsKey("w:pakken")
        .doesNotContainKey("w:pakk");
  }
}
