package io.flowpool.architecture;

import static io.flowpool.architecture.FlowpoolRules.ROOT;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** ArchUnit's general coding rules, each with Flowpool's reason. */
@AnalyzeClasses(packages = ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CodingRulesTest {

  @ArchTest
  static final ArchRule no_class_writes_to_standard_streams =
      FlowpoolRules.NO_CLASS_WRITES_TO_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule no_class_throws_generic_exceptions =
      FlowpoolRules.NO_CLASS_THROWS_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule no_class_uses_field_injection = FlowpoolRules.NO_CLASS_USES_FIELD_INJECTION;

  @ArchTest
  static final ArchRule no_class_uses_java_util_logging =
      FlowpoolRules.NO_CLASS_USES_JAVA_UTIL_LOGGING;
}
