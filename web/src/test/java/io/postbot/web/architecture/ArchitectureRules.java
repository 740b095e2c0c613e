package io.postbot.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/**
 * The module and layer rules of the code base, written for any root package, so the same rules that
 * guard the product are proven to catch violations in a fixture tree.
 */
final class ArchitectureRules {

  static final List<String> CONTEXTS =
      List.of("chat", "handoff", "feedback", "retention", "statistics");

  private final String root;

  static List<String> contexts() {
    return CONTEXTS;
  }

  ArchitectureRules(String root) {
    this.root = root;
  }

  /** Inside a context: api and domain at the bottom, application above, infrastructure on top. */
  ArchRule layersInsideEachContext() {
    String p = root + ".";
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Api")
        .definedBy(p + "*.api..")
        .layer("Application")
        .definedBy(p + "*.application..")
        .layer("Domain")
        .definedBy(p + "*.domain..")
        .layer("Infrastructure")
        .definedBy(p + "*.infrastructure..")
        .layer("Web")
        .definedBy(p + "web..")
        .whereLayer("Web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Infrastructure")
        .mayOnlyBeAccessedByLayers("Web")
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Infrastructure", "Web")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Application", "Infrastructure")
        .because("a context's api is its only public surface, and the domain knows no framework");
  }

  /** The domain model knows persistence annotations at most, no other framework. */
  ArchRule domainIsFrameworkFree() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.transaction..",
            "jakarta.json..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "org.hibernate..",
            "org.eclipse.microprofile..")
        .because("aggregates express the domain, adapters do the wiring");
  }

  /** A context reaches another only through that context's api package. */
  ArchRule contextsTalkThroughApis(String context) {
    String[] internals =
        CONTEXTS.stream()
            .filter(other -> !other.equals(context))
            .flatMap(other ->
                List.of(
                    root + "." + other + ".application..",
                    root + "." + other + ".domain..",
                    root + "." + other + ".infrastructure..")
                    .stream())
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(root + "." + context + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(internals)
        .because("contexts talk through their api packages and events, never another's internals")
        // A context without classes yet has nothing to break.
        .allowEmptyShould(true);
  }

  /** Upstream contexts never depend on downstream ones: chat <- handoff/feedback <- retention. */
  ArchRule upstreamKnowsNothingOfDownstream() {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".chat..", root + ".shared..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".handoff..",
            root + ".feedback..",
            root + ".retention..",
            root + ".statistics..",
            root + ".web..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".web..")
        .because(
            "Maven module dependencies run one way: web -> contexts, handoff -> chat, retention -> both");
  }

  /** Handoff and feedback never depend on retention. */
  ArchRule handoffKnowsNothingOfRetention() {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".handoff..", root + ".feedback..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".retention..", root + ".statistics..", root + ".web..")
        .because("retention depends on handoff, not the other way round");
  }

  /** Web adapters delegate to facades: they never touch a context's domain or infrastructure. */
  ArchRule webUsesOnlyApis() {
    return noClasses()
        .that()
        .resideInAPackage(root + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            root + ".*.domain..", root + ".*.infrastructure..", root + ".*.application..")
        .because("JAX-RS resources and JSF beans parse and validate, then delegate to a facade");
  }

  /** JDK exceptions that say nothing about what the domain refused, nor whose fault it is. */
  private static final Set<Type> GENERIC =
      Set.of(
          IllegalArgumentException.class,
          IllegalStateException.class,
          RuntimeException.class,
          Exception.class);

  /**
   * Errors reach clients as problem types: exception mappers map domain exceptions (or the JAX-RS
   * runtime's, or every Throwable as an unexpected 500), never a generic JDK exception whose
   * message was written for developers.
   */
  ArchRule noMapperMapsGenericJdkExceptions() {
    return classes()
        .that()
        .implement("jakarta.ws.rs.ext.ExceptionMapper")
        .should(
            new ArchCondition<JavaClass>("map a domain exception, not a generic JDK one") {
              @Override
              public void check(JavaClass mapper, ConditionEvents events) {
                for (Type type : mapper.reflect().getGenericInterfaces()) {
                  if (type instanceof ParameterizedType p
                      && p.getRawType().getTypeName().equals("jakarta.ws.rs.ext.ExceptionMapper")
                      && GENERIC.contains(p.getActualTypeArguments()[0])) {
                    events.add(
                        SimpleConditionEvent.violated(
                            mapper, mapper.getName() + " maps " + p.getActualTypeArguments()[0]));
                  }
                }
              }
            })
        .because("a generic exception's message is internal text, and its status a guess");
  }

  /**
   * JSON is built through the provider looked up once (io.postbot.shared.Jsonp): the static methods
   * of jakarta.json.Json look the provider up on every call, under a class-loader lock.
   */
  ArchRule jsonProviderLookedUpOnce() {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a static method of jakarta.json.Json",
                call -> call.getTargetOwner().isEquivalentTo(jakarta.json.Json.class)))
        .because("Json.createObjectBuilder() and its kin scan the class path on every call");
  }
}
