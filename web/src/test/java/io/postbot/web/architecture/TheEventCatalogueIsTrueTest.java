package io.postbot.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's event catalogue against the code: which published events (records of a
 * context's api or of shared) exist, which context publishes each, and which contexts observe it.
 */
@DisplayName("The event catalogue in docs/architecture.md is true to the code")
class TheEventCatalogueIsTrueTest {

  private static final Path DOC = Path.of("../docs/architecture.md");
  private static final List<String> OWNERS =
      List.of("chat", "handoff", "feedback", "retention", "statistics", "web", "shared");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| (`[A-Z][A-Za-z]+`(?:[ ,/]+`[A-Z][A-Za-z]+`)*) \\| ([^|]+) \\|[^|]*\\| ([^|]+) \\|$");

  private static JavaClasses product;

  /** Event name to the contexts the catalogue says observe it (null: "every context"). */
  private static final Map<String, Set<String>> documentedObservers = new TreeMap<>();

  private static final Map<String, String> documentedPublishers = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.postbot");
    String doc = Files.readString(DOC);
    String catalogue = doc.substring(doc.indexOf("## Event catalogue"));
    catalogue = catalogue.substring(0, catalogue.indexOf("\n## ", 3));
    for (String line : catalogue.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (!row.find()) {
        continue;
      }
      Set<String> observers = contextsNamedIn(row.group(3));
      for (String event : row.group(1).replace("`", "").split("[ ,/]+")) {
        documentedPublishers.put(event, row.group(2).strip().split(" ")[0]);
        documentedObservers.put(event, observers);
      }
    }
  }

  @Test
  @DisplayName("every event it lists is a published event of the context it names")
  void listedEventsExist() {
    assertThat(documentedPublishers).isNotEmpty();
    documentedPublishers.forEach((event, publisher) -> {
      JavaClass type = publishedEvent(event);
      assertThat(ownerOf(type))
          .as("%s is published by %s", event, publisher)
          .isEqualTo(publisher.equals("web") ? "shared" : publisher);
    });
  }

  @Test
  @DisplayName("every published event that is observed is listed, with exactly its observers")
  void observersAreTrue() {
    Map<String, Set<String>> observed = observedPublishedEvents();

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(documentedObservers.keySet()).containsAll(observed.keySet());
    documentedObservers.forEach((event, documented) -> {
      Set<String> inCode = observed.getOrDefault(event, Set.of());
      if (documented == null) {
        softly.assertThat(inCode).as("%s is observed", event).isNotEmpty();
      } else {
        softly.assertThat(inCode).as("contexts observing %s", event).isEqualTo(documented);
      }
    });
    softly.assertAll();
  }

  private static Map<String, Set<String>> observedPublishedEvents() {
    Map<String, Set<String>> observed = new TreeMap<>();
    for (JavaClass observer : product) {
      for (JavaMethod method : observer.getMethods()) {
        for (JavaParameter parameter : method.getParameters()) {
          boolean observes =
              parameter.isAnnotatedWith("jakarta.enterprise.event.Observes")
                  || parameter.isAnnotatedWith("jakarta.enterprise.event.ObservesAsync");
          JavaClass event = parameter.getRawType();
          if (observes && isPublished(event)) {
            observed
                .computeIfAbsent(event.getSimpleName(), e -> new TreeSet<>())
                .add(ownerOf(observer));
          }
        }
      }
    }
    return observed;
  }

  private static boolean isPublished(JavaClass type) {
    return type.getPackageName().matches("io\\.postbot\\.(\\w+\\.api|shared)(\\..*)?");
  }

  private static JavaClass publishedEvent(String name) {
    return product.stream()
        .filter(c -> c.getSimpleName().equals(name) && isPublished(c))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no published event " + name));
  }

  private static String ownerOf(JavaClass type) {
    return type.getPackageName().split("\\.")[2];
  }

  /** The contexts a cell names outside its parentheses; null for "every context". */
  private static Set<String> contextsNamedIn(String cell) {
    String names = cell.replaceAll("\\([^)]*\\)", "");
    if (names.contains("every context")) {
      return null;
    }
    Set<String> contexts = new TreeSet<>();
    for (String word : names.split("[ ,]+|\\band\\b")) {
      if (OWNERS.contains(word.strip())) {
        contexts.add(word.strip());
      }
    }
    return contexts;
  }
}
