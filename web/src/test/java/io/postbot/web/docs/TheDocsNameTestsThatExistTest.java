package io.postbot.web.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The documents say which test proves what (docs/security.md's tables, reliability, privacy): a
 * test named there must exist, so that renaming or deleting one cannot leave a proof on paper.
 */
@DisplayName("Every test the docs name as proof exists")
class TheDocsNameTestsThatExistTest {

  private static final Path ROOT = Path.of("..");

  /** A class name ending in Test or IT, or a widget test file, written as code in Markdown. */
  private static final Pattern NAMED_TEST =
      Pattern.compile("`([A-Z][A-Za-z0-9]+(?:Test|IT)|[a-z][a-z0-9-]*\\.test\\.js)`");

  @Test
  @DisplayName("each test named in docs/ and the README is a file among the tests")
  void namedTestsExist() throws IOException {
    // given the tests named in the documents
    Set<String> named = new TreeSet<>();
    for (Path doc : documents()) {
      Matcher m = NAMED_TEST.matcher(Files.readString(doc));
      while (m.find()) {
        named.add(m.group(1));
      }
    }

    // when they are looked up among the modules' test sources
    Set<String> existing = testFiles();

    // then every one is there
    assertThat(named).as("tests named in the docs").hasSizeGreaterThan(30);
    assertThat(named).allSatisfy(n -> assertThat(existing).as("test files").contains(n));
  }

  @Test
  @DisplayName("a name that is not a test is caught")
  void aMissingTestIsCaught() {
    Matcher m = NAMED_TEST.matcher("proven by `NoSuchThingIsProvenTest` and `x-y.test.js`");
    assertThat(m.find()).isTrue();
    assertThat(testFiles()).doesNotContain(m.group(1));
  }

  private static List<Path> documents() throws IOException {
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      return Stream.concat(
              docs.filter(p -> p.toString().endsWith(".md")), Stream.of(ROOT.resolve("README.md")))
          .toList();
    }
  }

  /** Test class and script names (without .java) under every module's src/test. */
  private static Set<String> testFiles() {
    try (Stream<Path> modules = Files.list(ROOT)) {
      return modules
          .map(m -> m.resolve("src/test"))
          .filter(Files::isDirectory)
          .flatMap(TheDocsNameTestsThatExistTest::files)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".java") || n.endsWith(".test.js"))
          .map(n -> n.endsWith(".java") ? n.substring(0, n.length() - 5) : n)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> files(Path tests) {
    try (Stream<Path> all = Files.walk(tests)) {
      return all.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
