package io.postbot.chat.domain.model.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The content's Markdown reads back exactly what it writes")
class MarkdownReadsBackWhatItWritesTest {

  @Test
  @DisplayName("a section with its note, examples, answers, quick replies and links round-trips")
  void roundTrip() {
    ContentSet content = Contents.small();
    List<ContentMarkdown.ParsedSection> parsed = new ArrayList<>();
    for (Section section : content.sections()) {
      String markdown = ContentMarkdown.write(section);
      parsed.add(ContentMarkdown.read(section.name(), List.of(markdown.split("\n", -1))));
    }

    assertThat(ContentSet.fromMarkdown(parsed)).isEqualTo(content);
  }

  @Test
  @DisplayName("the canonical form is what an editor would write by hand")
  void canonicalForm() {
    String markdown = ContentMarkdown.write(Contents.small().sections().get(0));

    assertThat(markdown)
        .startsWith("<!-- Greeting and the rest. -->\n\n# intent: greeting\n## examples (en)\n")
        .contains("## answer (en)\nHi! How can I help?\n[Track a parcel](intent:track_parcel)\n")
        .contains("\n\n# intent: talk_to_human\n");
  }

  @Test
  @DisplayName("a broken line is reported with its number")
  void brokenLine() {
    assertThatThrownBy(
            () -> ContentMarkdown.read("x", List.of("# intent: a_b", "## exemples (en)")))
        .isInstanceOfSatisfying(
            ContentSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.problem()).contains("unknown heading");
            });
  }
}
