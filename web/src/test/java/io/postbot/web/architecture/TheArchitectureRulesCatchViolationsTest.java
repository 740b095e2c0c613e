package io.postbot.web.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each rule is run against a fixture tree with one deliberate violation of its kind: a rule that
 * cannot fail would guard nothing.
 */
@DisplayName("Each architecture rule catches a deliberate violation")
class TheArchitectureRulesCatchViolationsTest {

  private static final ArchitectureRules RULES = new ArchitectureRules("archfixture");
  private static JavaClasses fixtures;

  @BeforeAll
  static void importTheFixtures() {
    fixtures = new ClassFileImporter().importPackages("archfixture");
  }

  @Test
  @DisplayName("an api exposing infrastructure breaks the layers")
  void layers() {
    assertFails(RULES.layersInsideEachContext(), "LeakyFacade");
  }

  @Test
  @DisplayName("a domain class using JAX-RS breaks the framework-free domain")
  void framework() {
    assertFails(RULES.domainIsFrameworkFree(), "Parcel");
  }

  @Test
  @DisplayName("handoff reaching into chat's domain breaks the context boundary")
  void boundary() {
    assertFails(RULES.contextsTalkThroughApis("handoff"), "ReachesIntoChat");
  }

  @Test
  @DisplayName(
      "chat depending on handoff, or handoff on retention, breaks the one-way dependencies")
  void oneWay() {
    assertFails(RULES.upstreamKnowsNothingOfDownstream(), "CallsDownstream");
    assertFails(RULES.handoffKnowsNothingOfRetention(), "Queue");
  }

  @Test
  @DisplayName("a resource using a domain class directly breaks delegation to facades")
  void web() {
    assertFails(RULES.webUsesOnlyApis(), "ParcelResource");
  }

  @Test
  @DisplayName("a mapper of IllegalStateException breaks the rule that errors are problem types")
  void genericMappers() {
    assertFails(RULES.noMapperMapsGenericJdkExceptions(), "GenericConflictMapper");
  }

  @Test
  @DisplayName("building JSON through jakarta.json.Json's static methods breaks the provider rule")
  void json() {
    assertFails(RULES.jsonProviderLookedUpOnce(), "ParcelJson");
  }

  private static void assertFails(ArchRule rule, String offender) {
    assertThatThrownBy(() -> rule.check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(offender);
  }
}
