package io.flowpool.architecture;

import static io.flowpool.architecture.FlowpoolRules.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.flowpool.common.api.Payload;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.taskpool.api.task.TaskEvent;

/** The domain: plain Java, contexts that meet only through their api, ports and api kept lean. */
@AnalyzeClasses(packages = ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainRulesTest {

  @ArchTest
  static final ArchRule domain_is_free_of_frameworks = FlowpoolRules.domainIsFreeOfFrameworks(ROOT);

  @ArchTest
  static final ArchRule contexts_see_each_other_only_through_api =
      FlowpoolRules.contextsSeeEachOtherOnlyThroughApi(ROOT);

  @ArchTest
  static final ArchRule shared_kernel_depends_on_no_context =
      FlowpoolRules.sharedKernelDependsOnNoContext(ROOT);

  @ArchTest
  static final ArchRule command_side_does_not_depend_on_the_view =
      FlowpoolRules.commandSideDoesNotDependOnTheView(ROOT);

  @ArchTest
  static final ArchRule ports_hold_only_interfaces_and_records =
      FlowpoolRules.portsHoldOnlyInterfacesAndRecords(ROOT);

  @ArchTest
  static final ArchRule api_types_are_immutable = FlowpoolRules.apiTypesAreImmutable(ROOT);

  @ArchTest static final ArchRule no_package_cycles = FlowpoolRules.noPackageCycles(ROOT);

  // Rules that allow an empty selection would pass silently if the import found nothing.
  @ArchTest
  static void the_rules_see_every_domain_module(JavaClasses classes) {
    assertThat(classes.contain(Payload.class)).isTrue();
    assertThat(classes.contain(TaskEvent.class)).isTrue();
    assertThat(classes.contain(DataEntryEvent.class)).isTrue();
  }
}
