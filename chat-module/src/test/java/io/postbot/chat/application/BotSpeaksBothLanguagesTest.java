package io.postbot.chat.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot's own sentences exist in every language it speaks")
class BotSpeaksBothLanguagesTest {

  @Test
  @DisplayName("English and Norwegian have the same sentences")
  void sameKeysInEveryLanguage() throws IOException {
    Properties english = load(Language.EN);

    for (Language language : Language.values()) {
      assertThat(load(language).stringPropertyNames())
          .as(language.code())
          .isEqualTo(english.stringPropertyNames());
    }
  }

  @Test
  @DisplayName("every shipment status has a sentence and a label")
  void everyStatusIsWorded() throws IOException {
    for (Language language : Language.values()) {
      Properties texts = load(language);
      assertThat(Arrays.stream(ShipmentStatus.values()))
          .allSatisfy(status -> {
            assertThat(texts).containsKey("status." + status);
            assertThat(texts).containsKey("label." + status);
          });
    }
  }

  private static Properties load(Language language) throws IOException {
    String file = "BotTexts_" + language.code() + ".properties";
    try (InputStream in = BotTexts.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }
}
