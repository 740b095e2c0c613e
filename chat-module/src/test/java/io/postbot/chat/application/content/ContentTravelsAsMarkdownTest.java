package io.postbot.chat.application.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.domain.model.knowledge.ContentMarkdown;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.Section;
import io.postbot.chat.infrastructure.content.PublishedKnowledgeBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Content travels as the shipped Markdown files: exported, imported, unchanged")
class ContentTravelsAsMarkdownTest {

  private final ContentSet shipped = new PublishedKnowledgeBase().load();

  @Test
  @DisplayName(
      "the shipped files follow every rule of the editor, so a new installation publishes them")
  void shippedIsPublishable() {
    assertThat(shipped.intents()).hasSizeGreaterThan(50);
    assertThat(shipped.sections()).extracting(Section::name).startsWith("conversation", "tracking");
    assertThat(shipped.exampleCount()).isGreaterThan(3000);
  }

  @Test
  @DisplayName("an exported zip imports back to exactly the same content")
  void exportImport() {
    byte[] zip = ContentArchive.write(shipped);

    assertThat(ContentImport.into(ContentSet.empty(), "content.zip", zip)).isEqualTo(shipped);
  }

  @Test
  @DisplayName("one Markdown file replaces its section and leaves the others")
  void oneFile() {
    Section conversation = shipped.sections().get(0);
    String edited =
        ContentMarkdown.write(conversation)
            .replace(
                "You're welcome! Is there anything else I can help you with?", "Glad to help!");

    ContentSet imported =
        ContentImport.into(shipped, "conversation.md", edited.getBytes(StandardCharsets.UTF_8));

    assertThat(imported.answer(new IntentId("thanks"), io.postbot.shared.Language.EN))
        .hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("Glad to help!"));
    assertThat(imported.sections()).hasSameSizeAs(shipped.sections());
    assertThat(imported.sections().get(1)).isEqualTo(shipped.sections().get(1));
  }

  @Test
  @DisplayName("a broken file is refused with its file and line; so are folders and other files")
  void refusals() throws IOException {
    byte[] broken = "# intent: thanks\n## exemples (en)\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ContentImport.into(shipped, "conversation.md", broken))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("conversation.md:2: unknown heading");
    assertThatThrownBy(() -> ContentImport.into(shipped, "notes.txt", broken))
        .hasMessageContaining(".md");
    assertThatThrownBy(() -> ContentImport.into(shipped, "c.zip", zipWith("sub/index.txt")))
        .hasMessageContaining("no folders");
    assertThatThrownBy(() -> ContentImport.into(shipped, "c.zip", zipWith("readme.md")))
        .hasMessageContaining("index.txt");
  }

  private static byte[] zipWith(String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
