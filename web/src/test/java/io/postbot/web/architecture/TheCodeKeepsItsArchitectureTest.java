package io.postbot.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The product code keeps its module and layer rules")
class TheCodeKeepsItsArchitectureTest {

  private static final ArchitectureRules RULES = new ArchitectureRules("io.postbot");
  private static JavaClasses product;

  @BeforeAll
  static void importTheProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.postbot");
  }

  @Test
  @DisplayName("each context is layered: api and domain below application, infrastructure on top")
  void layers() {
    RULES.layersInsideEachContext().check(product);
  }

  @Test
  @DisplayName("the domain model depends on no framework beyond persistence annotations")
  void frameworkFreeDomain() {
    RULES.domainIsFrameworkFree().check(product);
  }

  @ParameterizedTest(name = "{0} reaches other contexts only through their api")
  @MethodSource("io.postbot.web.architecture.ArchitectureRules#contexts")
  @DisplayName("contexts talk to each other only through api packages")
  void boundaries(String context) {
    RULES.contextsTalkThroughApis(context).check(product);
  }

  @Test
  @DisplayName(
      "dependencies run one way: chat knows no downstream context, handoff knows no retention")
  void oneWay() {
    RULES.upstreamKnowsNothingOfDownstream().check(product);
    RULES.handoffKnowsNothingOfRetention().check(product);
  }

  @Test
  @DisplayName("web adapters delegate to facades in api packages")
  void webDelegates() {
    RULES.webUsesOnlyApis().check(product);
  }

  @Test
  @DisplayName("no exception mapper maps a generic JDK exception")
  void noGenericMappers() {
    RULES.noMapperMapsGenericJdkExceptions().check(product);
  }

  @Test
  @DisplayName("JSON is built through the provider looked up once, never jakarta.json.Json")
  void jsonProvider() {
    RULES.jsonProviderLookedUpOnce().check(product);
  }
}
