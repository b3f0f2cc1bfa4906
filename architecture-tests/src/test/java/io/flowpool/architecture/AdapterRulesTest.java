package io.flowpool.architecture;

import static io.flowpool.architecture.FlowpoolRules.ROOT;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Adapters and applications: independent of each other, each technology in its own adapter. Until
 * their packages hold classes these rules have nothing to check, and pass.
 */
@AnalyzeClasses(packages = ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterRulesTest {

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      FlowpoolRules.adaptersDoNotDependOnEachOther(ROOT);

  @ArchTest
  static final ArchRule applications_do_not_depend_on_each_other =
      FlowpoolRules.applicationsDoNotDependOnEachOther(ROOT);

  @ArchTest
  static final ArchRule nothing_depends_on_applications =
      FlowpoolRules.nothingDependsOnApplications(ROOT);

  @ArchTest
  static final ArchRule use_case_classes_are_wired_only_by_applications =
      FlowpoolRules.useCaseClassesAreWiredOnlyByApplications(ROOT);

  @ArchTest
  static final ArchRule axon_stays_in_the_axon_and_amqp_adapters =
      FlowpoolRules.technologyStaysInItsAdapters(ROOT, Technology.AXON);

  @ArchTest
  static final ArchRule camunda_stays_in_the_camunda_adapter =
      FlowpoolRules.technologyStaysInItsAdapters(ROOT, Technology.CAMUNDA);

  @ArchTest
  static final ArchRule jpa_stays_in_the_jpa_view_and_axon_adapters =
      FlowpoolRules.technologyStaysInItsAdapters(ROOT, Technology.JPA);

  @ArchTest
  static final ArchRule rabbitmq_stays_in_the_amqp_adapter =
      FlowpoolRules.technologyStaysInItsAdapters(ROOT, Technology.AMQP);

  @ArchTest
  static final ArchRule spring_web_stays_in_the_rest_adapter =
      FlowpoolRules.technologyStaysInItsAdapters(ROOT, Technology.SPRING_WEB);
}
