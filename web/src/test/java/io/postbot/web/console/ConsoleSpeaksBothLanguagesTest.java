package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The console speaks English and Norwegian bokmål on every page")
class ConsoleSpeaksBothLanguagesTest {

  private static final Pattern USED =
      Pattern.compile(
          "t\\['([\\w.]+)'\\]|fmt\\.with\\('([\\w.]+)'|ConsoleTexts\\.get\\(\"([\\w.]+)\"");

  @Test
  @DisplayName("both languages have the same texts, none of them empty")
  void sameKeys() {
    Properties en = load("ConsoleTexts.properties");
    Properties nb = load("ConsoleTexts_nb.properties");
    assertThat(nb.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(nb.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
  }

  @Test
  @DisplayName("every text a console page or bean asks for exists")
  void everyUsedKeyExists() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path root : Set.of(Path.of("src/main/webapp"), Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(xhtml|java)")).toList()) {
          Matcher m = USED.matcher(Files.readString(file));
          while (m.find()) {
            used.add(
                m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(load("ConsoleTexts.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  @DisplayName(
      "a Norwegian page reads Norwegian, an English one English, whatever the server's locale")
  void lookUp() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nb"));
      assertThat(ConsoleTexts.get(Locale.ENGLISH, "queue.waiting")).isEqualTo("Waiting customers");
      assertThat(ConsoleTexts.get(Locale.forLanguageTag("nb"), "queue.waiting"))
          .isEqualTo("Kunder som venter");
      assertThat(ConsoleTexts.get(Locale.forLanguageTag("nb"), "privacy.erased", "2"))
          .isEqualTo("2 samtale(r) slettet.");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in =
        ConsoleTexts.class.getResourceAsStream("/io/postbot/web/console/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
