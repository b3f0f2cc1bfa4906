package io.flowpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** A rule evaluated on one fixture package, with assertions on whom its failure report names. */
final class FixtureVerdict {

  static final String FIXTURES = "io.flowpool.architecture.fixtures";

  private final ArchRule rule;
  private final String report;

  private FixtureVerdict(ArchRule rule, EvaluationResult result) {
    this.rule = rule;
    this.report = result.getFailureReport().toString();
    assertThat(result.hasViolation())
        .as("rule '%s' finds a violation in the fixture", rule.getDescription())
        .isTrue();
  }

  /** The fixture's root package: {@code fixtures.<name>}. */
  static String root(String fixture) {
    return FIXTURES + "." + fixture;
  }

  static FixtureVerdict of(ArchRule rule, String fixture) {
    return new FixtureVerdict(
        rule, rule.evaluate(new ClassFileImporter().importPackages(root(fixture))));
  }

  /** Asserts that the report gives the rule's reason and names every violator. */
  FixtureVerdict names(String... violators) {
    assertThat(rule.getDescription()).contains(", because ");
    assertThat(report).contains(rule.getDescription());
    for (String violator : violators) {
      assertThat(mentions(violator)).as("the report names %s:%n%s", violator, report).isTrue();
    }
    return this;
  }

  FixtureVerdict names(Class<?>... violators) {
    return names(namesOf(violators));
  }

  /** Asserts that the report does not name classes that keep the rule. */
  FixtureVerdict spares(String... bystanders) {
    for (String bystander : bystanders) {
      assertThat(mentions(bystander)).as("the report spares %s:%n%s", bystander, report).isFalse();
    }
    return this;
  }

  FixtureVerdict spares(Class<?>... bystanders) {
    return spares(namesOf(bystanders));
  }

  // A plain contains() would let "a.Task" match inside "a.TaskState".
  private boolean mentions(String className) {
    for (int at = report.indexOf(className); at >= 0; at = report.indexOf(className, at + 1)) {
      int end = at + className.length();
      if (end == report.length() || !Character.isJavaIdentifierPart(report.charAt(end))) {
        return true;
      }
    }
    return false;
  }

  private static String[] namesOf(Class<?>... classes) {
    String[] names = new String[classes.length];
    for (int i = 0; i < classes.length; i++) {
      names[i] = classes[i].getName();
    }
    return names;
  }
}
