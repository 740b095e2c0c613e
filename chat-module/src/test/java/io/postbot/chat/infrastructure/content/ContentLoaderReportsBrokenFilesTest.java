package io.postbot.chat.infrastructure.content;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An editor who breaks a content file learns at start-up which file and line to fix. Each fixture
 * under {@code content-broken/<case>/} is a tiny content set with exactly one mistake.
 */
@DisplayName("The content loader reports broken files by file and line")
class ContentLoaderReportsBrokenFilesTest {

  @Test
  @DisplayName("a misspelt section heading is rejected at its line")
  void unknownHeading() {
    whenLoading("unknown-heading")
        .hasMessageStartingWith("content-broken/unknown-heading/faq.md:4: ")
        .hasMessageContaining("unknown heading '## exemples (nb)'");
  }

  @Test
  @DisplayName("text between an intent heading and its first section is rejected at its line")
  void textOutsideSection() {
    whenLoading("text-outside-section")
        .hasMessageStartingWith("content-broken/text-outside-section/faq.md:3: ")
        .hasMessageContaining("text outside an examples or answer section");
  }

  @Test
  @DisplayName("an intent id with capitals or hyphens is rejected at its heading")
  void badIntentId() {
    whenLoading("bad-intent-id")
        .hasMessageStartingWith("content-broken/bad-intent-id/faq.md:11: ")
        .hasMessageContaining("bad intent id 'Track-Parcel'");
  }

  @Test
  @DisplayName("an intent defined twice is rejected at the second definition, naming the first")
  void duplicateIntent() {
    whenLoading("duplicate-intent")
        .hasMessageStartingWith("content-broken/duplicate-intent/faq.md:11: ")
        .hasMessageContaining("intent 'greeting' is already defined in")
        .hasMessageContaining("content-broken/duplicate-intent/faq.md:1");
  }

  @Test
  @DisplayName("an intent without a Norwegian answer is rejected at its heading")
  void missingNorwegianAnswer() {
    whenLoading("missing-nb-answer")
        .hasMessageStartingWith("content-broken/missing-nb-answer/faq.md:11: ")
        .hasMessageContaining("intent 'thanks' has no answer (nb)");
  }

  @Test
  @DisplayName("an intent without Norwegian examples is rejected at its heading")
  void missingExamples() {
    whenLoading("missing-examples")
        .hasMessageStartingWith("content-broken/missing-examples/faq.md:11: ")
        .hasMessageContaining("intent 'thanks' has no examples (nb)");
  }

  @Test
  @DisplayName("a link button that is not https is rejected at its line")
  void badButtonTarget() {
    whenLoading("bad-button-target")
        .hasMessageStartingWith("content-broken/bad-button-target/faq.md:8: ")
        .hasMessageContaining("bad button target 'http://www.posten.no/sporing'")
        .hasMessageContaining("https");
  }

  @Test
  @DisplayName("a quick reply to an intent that does not exist is rejected at the button's line")
  void unknownQuickReplyTarget() {
    whenLoading("unknown-quick-reply")
        .hasMessageStartingWith("content-broken/unknown-quick-reply/faq.md:10: ")
        .hasMessageContaining("quick reply 'Spor en pakke' leads to unknown intent 'track_parcel'");
  }

  @Test
  @DisplayName("a file listed in the index but missing is reported at its line in the index")
  void missingFile() {
    whenLoading("missing-file")
        .hasMessageStartingWith("content-broken/missing-file/index.txt:3: ")
        .hasMessageContaining("'tracking.md'");
  }

  @Test
  @DisplayName("a content directory without an index is reported by the index's path")
  void missingIndex() {
    whenLoading("no-such-directory")
        .hasMessageStartingWith("content-broken/no-such-directory/index.txt:0: ")
        .hasMessageContaining("not found");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> whenLoading(String brokenCase) {
    // given a content set with one mistake, when it is loaded, then it fails naming file and line
    ContentLoader loader =
        new ContentLoader(
            ContentLoaderReportsBrokenFilesTest.class.getClassLoader(),
            "content-broken/" + brokenCase);
    return assertThatThrownBy(loader::load).isInstanceOf(ContentFileException.class);
  }
}
