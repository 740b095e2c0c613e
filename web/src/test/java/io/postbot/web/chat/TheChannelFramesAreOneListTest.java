package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The customer channel's frame types are one list: in Java, in the docs, in the widget")
class TheChannelFramesAreOneListTest {

  private static final Path DOC = Path.of("../docs/widget.md");
  private static final Path WIDGET = Path.of("src/main/webapp/widget");
  private static final Pattern TYPE_IN_ROW = Pattern.compile("^\\| `\\{\"type\":\"([a-z-]+)\"");

  @Test
  @DisplayName(
      "docs/widget.md lists exactly ChannelFrame's types, each under the side that sends it")
  void docsListTheFrames() throws IOException {
    String doc = Files.readString(DOC);

    assertThat(typesInTableAfter(doc, "Client to server:"))
        .containsExactlyInAnyOrderElementsOf(ChannelFrame.sentBy(ChannelFrame.Sender.CLIENT));
    assertThat(typesInTableAfter(doc, "Server to client:"))
        .containsExactlyInAnyOrderElementsOf(ChannelFrame.sentBy(ChannelFrame.Sender.SERVER));
  }

  @Test
  @DisplayName("the widget handles exactly the frames the server sends, and looks for no other")
  void widgetHandlesExactlyTheServersFrames() throws IOException {
    String live = Files.readString(WIDGET.resolve("modules/live.js"));
    Matcher table =
        Pattern.compile("const handlers = \\{(.*?)\\n\\s*\\};", Pattern.DOTALL).matcher(live);
    assertThat(table.find()).as("modules/live.js has its table of frame handlers").isTrue();
    Set<String> handled = new TreeSet<>();
    Matcher key = Pattern.compile("(?m)^\\s*([a-z-]+): function").matcher(table.group(1));
    while (key.find()) {
      handled.add(key.group(1));
    }

    assertThat(handled)
        .containsExactlyInAnyOrderElementsOf(ChannelFrame.sentBy(ChannelFrame.Sender.SERVER));
    assertThat(typesTheWidgetComparesWith())
        .isSubsetOf(ChannelFrame.sentBy(ChannelFrame.Sender.SERVER));
  }

  private static List<String> typesInTableAfter(String doc, String heading) {
    List<String> lines = doc.lines().toList();
    int start = lines.indexOf(heading);
    assertThat(start).as("docs/widget.md has '%s'", heading).isNotNegative();
    return lines.stream()
        .skip(start + 1)
        .dropWhile(String::isBlank)
        .takeWhile(line -> line.startsWith("|"))
        .map(TYPE_IN_ROW::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .toList();
  }

  /** Every {@code frame.type === "x"} in the widget's scripts: a frame type it looks for. */
  private static Set<String> typesTheWidgetComparesWith() throws IOException {
    Set<String> types = new TreeSet<>();
    Pattern comparison = Pattern.compile("\\b(?:frame|f)\\.type === \"([a-z-]+)\"");
    try (Stream<Path> files = Files.walk(WIDGET)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
        Matcher m = comparison.matcher(Files.readString(file));
        while (m.find()) {
          types.add(m.group(1));
        }
      }
    }
    return types;
  }
}
