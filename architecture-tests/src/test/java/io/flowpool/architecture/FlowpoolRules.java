package io.flowpool.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every Flowpool architecture rule, built for a root package so that the same rule checks the real
 * code ({@code io.flowpool}) and is shown to fail on a broken fixture. Rules about contexts,
 * adapters or applications that do not exist yet allow an empty selection and start enforcing as
 * soon as their packages hold classes.
 */
public final class FlowpoolRules {

  /** The root package of the real code. */
  public static final String ROOT = "io.flowpool";

  private FlowpoolRules() {}

  public static ArchRule domainIsFreeOfFrameworks(String root) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    String[] allowed =
        Stream.concat(Stream.of("java.."), Stream.of(packages.domain())).toArray(String[]::new);
    return classes()
        .that()
        .resideInAnyPackage(packages.domain())
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(allowed)
        .because(
            "the domain is the business rules alone: it compiles, runs and is tested without Spring,"
                + " Axon, Camunda, Jackson, JPA, a broker or Lombok, and frameworks change only in"
                + " adapters");
  }

  public static ArchRule contextsSeeEachOtherOnlyThroughApi(String root) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    List<ArchRule> perContext =
        FlowpoolPackages.CONTEXTS.stream()
            .map(
                context ->
                    noClasses()
                        .that()
                        .resideInAPackage(packages.context(context))
                        .should()
                        .dependOnClassesThat(beyondTheApiOfOtherContexts(packages, context))
                        .allowEmptyShould(true))
            .toList();
    return CompositeArchRule.of(perContext)
        .as("classes of a domain context should depend on another context only through its api")
        .because(
            "a context's model, ports and use cases may change freely; its api (commands, events,"
                + " ids, value objects) is the only contract another context may rely on")
        .allowEmptyShould(true);
  }

  public static ArchRule sharedKernelDependsOnNoContext(String root) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    return noClasses()
        .that()
        .resideInAPackage(packages.context("common"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(contextsOtherThan(packages, "common"))
        .because(
            "every context builds on common, so common building on a context would be a cycle");
  }

  public static ArchRule commandSideDoesNotDependOnTheView(String root) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    return noClasses()
        .that()
        .resideInAnyPackage(packages.context("taskpool"), packages.context("datapool"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(packages.context("view"))
        .because(
            "the view is a query model fed by taskpool and datapool events; deciding a command never"
                + " reads it")
        .allowEmptyShould(true);
  }

  /**
   * Adapters may use a context's api, model (the Axon shell holds a decider), port.in and port.out;
   * the use case classes behind port.in are created only by wiring: an application, or the Spring
   * configuration of the adapter that provides the port.out the use case needs.
   */
  private static final String SPRING_CONFIGURATION =
      "org.springframework.context.annotation.Configuration";

  public static ArchRule useCaseClassesAreWiredOnlyByApplications(String root) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    List<ArchRule> perContext =
        FlowpoolPackages.CONTEXTS.stream()
            .map(
                context ->
                    noClasses()
                        .that()
                        .resideOutsideOfPackages(packages.context(context), packages.applications())
                        .and()
                        .areNotMetaAnnotatedWith(SPRING_CONFIGURATION)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(packages.useCases(context))
                        .allowEmptyShould(true))
            .toList();
    return CompositeArchRule.of(perContext)
        .as(
            "no classes outside a domain context, the applications and Spring configurations should"
                + " depend on the context's use case classes")
        .because(
            "adapters call the port.in interfaces, so a use case can be replaced or decorated in the"
                + " wiring without touching any adapter")
        .allowEmptyShould(true);
  }

  public static ArchRule portsHoldOnlyInterfacesAndRecords(String root) {
    return classes()
        .that()
        .resideInAnyPackage(new FlowpoolPackages(root).ports())
        .should()
        .beInterfaces()
        .orShould()
        .beRecords()
        .because(
            "a port is a contract (an interface and the records it exchanges); its implementations"
                + " live in usecase or in an adapter")
        .allowEmptyShould(true);
  }

  public static ArchRule apiTypesAreImmutable(String root) {
    return classes()
        .that()
        .resideInAnyPackage(new FlowpoolPackages(root).apis())
        .should(new BeImmutableApiTypes())
        .because(
            "api types travel between contexts, adapters, event stores and brokers; a value someone"
                + " can change after it was sent breaks every receiver");
  }

  public static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(new FlowpoolPackages(root).everyPackage())
        .should()
        .beFreeOfCycles()
        .because("a cycle ties packages together so that neither can be understood or moved alone");
  }

  public static ArchRule adaptersDoNotDependOnEachOther(String root) {
    return slices()
        .matching(new FlowpoolPackages(root).adapterSlices())
        .should()
        .notDependOnEachOther()
        .because(
            "each adapter meets the others only through domain ports and events, so a deployment"
                + " can leave any adapter out")
        .allowEmptyShould(true);
  }

  public static ArchRule applicationsDoNotDependOnEachOther(String root) {
    return slices()
        .matching(new FlowpoolPackages(root).applicationSlices())
        .should()
        .notDependOnEachOther()
        .because("each application is a separate deployment that wires adapters for itself")
        .allowEmptyShould(true);
  }

  public static ArchRule nothingDependsOnApplications(String root) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    return noClasses()
        .that()
        .resideOutsideOfPackage(packages.applications())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(packages.applications())
        .because(
            "applications only wire and configure; domain and adapters must run in any of them");
  }

  public static ArchRule technologyStaysInItsAdapters(String root, Technology technology) {
    FlowpoolPackages packages = new FlowpoolPackages(root);
    String[] homes = technology.homes().stream().map(packages::adapter).toArray(String[]::new);
    return noClasses()
        .that()
        .resideOutsideOfPackages(homes)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(technology.packages().toArray(String[]::new))
        .because(technology.reason());
  }

  public static final ArchRule NO_CLASS_WRITES_TO_STANDARD_STREAMS =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "output goes through the logger, where it gets a level, a timestamp and a destination");

  public static final ArchRule NO_CLASS_THROWS_GENERIC_EXCEPTIONS =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because(
          "a refusal or failure has a type of its own (a CommandRefusedException with a reason"
              + " code, an InvalidValueException) that callers can catch and report");

  public static final ArchRule NO_CLASS_USES_FIELD_INJECTION =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.because(
          "constructor injection makes dependencies visible and final, and lets tests create"
              + " classes without a container");

  public static final ArchRule NO_CLASS_USES_JAVA_UTIL_LOGGING =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
          "Flowpool logs through SLF4J so that one configuration controls every module's output");

  private static DescribedPredicate<JavaClass> beyondTheApiOfOtherContexts(
      FlowpoolPackages packages, String context) {
    String[] others = contextsOtherThan(packages, context);
    String[] otherApis =
        FlowpoolPackages.CONTEXTS.stream()
            .filter(other -> !other.equals(context))
            .map(packages::api)
            .toArray(String[]::new);
    return resideInAnyPackage(others)
        .and(not(resideInAnyPackage(otherApis)))
        .as("reside in another context outside its api");
  }

  private static String[] contextsOtherThan(FlowpoolPackages packages, String context) {
    return FlowpoolPackages.CONTEXTS.stream()
        .filter(other -> !other.equals(context))
        .map(packages::context)
        .toArray(String[]::new);
  }
}
