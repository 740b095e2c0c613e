package io.postbot.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Without {@code jakarta.json.provider} every {@code Json.create*} call in the server (Payara's
 * health endpoints build each answer so) looks the provider up through ServiceLoader across the
 * WAR's jars; every way this project starts a server names it. That the class exists is proven by
 * the integration tests, whose servers start with the same option: a wrong name breaks all JSON.
 */
@DisplayName("Every server this project starts names its JSON-P provider")
class EveryServerNamesItsJsonProviderTest {

  static final String OPTION = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

  @Test
  @DisplayName("./postbot run and ./postbot cluster pass the option to each java they start")
  void theLauncher() throws IOException {
    String launcher = read("../postbot");
    assertThat(launcher).contains("JSON_PROVIDER=" + OPTION);
    Matcher javas =
        Pattern.compile("\\bjava --enable-native-access=ALL-UNNAMED([^\\n]*)").matcher(launcher);
    int count = 0;
    while (javas.find()) {
      assertThat(javas.group(1)).as("a java the launcher starts").contains("\"$JSON_PROVIDER\"");
      count++;
    }
    assertThat(count).as("run and cluster").isEqualTo(2);
  }

  @Test
  @DisplayName("the integration tests' servers, the fault suite's and the operators' domain too")
  void theTestsAndTheDocs() throws IOException {
    assertThat(read("src/test/resources/arquillian.xml")).contains(OPTION);
    assertThat(read("src/test/java/io/postbot/web/faults/PostbotProcess.java")).contains(OPTION);
    assertThat(read("../docs/operations.md")).contains("asadmin create-jvm-options " + OPTION);
    assertThat(read("../ear/src/test/java/io/postbot/ear/PayaraServerDomain.java"))
        .contains(OPTION);
  }

  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path));
  }
}
