package io.postbot.chat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every problem the content's code names by key has its sentence in English and in bokmål, so an
 * editor never meets a missing text: the keys are the string literals of the groups below.
 */
@DisplayName("Every content problem has a sentence in English and in bokmål")
class EveryContentProblemHasBothLanguagesTest {

  private static final Pattern KEY =
      Pattern.compile("\"((?:rules|required|form|syntax|archive|import)\\.[a-z]+(?:-[a-z]+)*)\"");

  @Test
  @DisplayName("every key the code uses is in both bundles, and no bundle has a key the code lacks")
  void everyUsedKeyExists() throws IOException {
    // given the keys written in the chat module's code
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }

    // then English and bokmål each have exactly those
    assertThat(used).hasSizeGreaterThan(40).contains("required.greeting", "syntax.unknown-heading");
    assertThat(load("ContentProblems.properties").stringPropertyNames())
        .as("English")
        .isEqualTo(used);
    assertThat(load("ContentProblems_nb.properties").stringPropertyNames())
        .as("bokmål")
        .isEqualTo(used);
  }

  @Test
  @DisplayName("each sentence is a pattern with the same placeholders in both languages")
  void samePlaceholders() {
    Properties en = load("ContentProblems.properties");
    Properties nb = load("ContentProblems_nb.properties");
    for (String key : en.stringPropertyNames()) {
      assertThat(nb.getProperty(key)).as(key).isNotBlank();
      assertThat(new MessageFormat(nb.getProperty(key)).getFormatsByArgumentIndex())
          .as(key)
          .hasSameSizeAs(new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex());
    }
  }

  @Test
  @DisplayName("a problem with a key no bundle has is refused when it is built")
  void unknownKey() {
    assertThatThrownBy(() -> ContentProblem.of("greeting", "rules.no-such-problem"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = ContentProblem.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
