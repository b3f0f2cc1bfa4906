package io.flowpool.architecture;

import static io.flowpool.architecture.FixtureVerdict.root;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.flowpool.architecture.fixtures.adapters.adapter.camunda.CamundaKnowsApp;
import io.flowpool.architecture.fixtures.adapters.adapter.rest.RestCallsAxon;
import io.flowpool.architecture.fixtures.adapters.app.two.SecondAppCallsFirst;
import io.flowpool.architecture.fixtures.api.taskpool.api.MutablePriority;
import io.flowpool.architecture.fixtures.api.taskpool.api.MutableRefusalException;
import io.flowpool.architecture.fixtures.api.taskpool.api.MutableTask;
import io.flowpool.architecture.fixtures.api.taskpool.api.OpenTaskHelper;
import io.flowpool.architecture.fixtures.api.taskpool.api.TaskEvent;
import io.flowpool.architecture.fixtures.api.taskpool.api.TaskId;
import io.flowpool.architecture.fixtures.api.taskpool.api.TaskIds;
import io.flowpool.architecture.fixtures.api.taskpool.api.TaskLimits;
import io.flowpool.architecture.fixtures.api.taskpool.api.TaskRefusedException;
import io.flowpool.architecture.fixtures.api.taskpool.api.TaskStatus;
import io.flowpool.architecture.fixtures.coding.BehavesWell;
import io.flowpool.architecture.fixtures.coding.InjectsIntoField;
import io.flowpool.architecture.fixtures.coding.LogsWithJavaUtilLogging;
import io.flowpool.architecture.fixtures.coding.PrintsToStandardOut;
import io.flowpool.architecture.fixtures.coding.ThrowsGenericException;
import io.flowpool.architecture.fixtures.contexts.taskpool.model.TaskReadsDataEntryRules;
import io.flowpool.architecture.fixtures.contexts.taskpool.model.TaskUsesDataEntryId;
import io.flowpool.architecture.fixtures.contexts.view.model.ViewReadsTaskState;
import io.flowpool.architecture.fixtures.cycles.a.First;
import io.flowpool.architecture.fixtures.cycles.b.Second;
import io.flowpool.architecture.fixtures.cycles.c.Third;
import io.flowpool.architecture.fixtures.directions.common.api.KernelKnowsTask;
import io.flowpool.architecture.fixtures.directions.common.api.PlainKernelValue;
import io.flowpool.architecture.fixtures.directions.taskpool.model.TaskAsksTheView;
import io.flowpool.architecture.fixtures.directions.view.model.ViewReadsTaskId;
import io.flowpool.architecture.fixtures.domainleak.taskpool.model.LeakyDecider;
import io.flowpool.architecture.fixtures.domainleak.taskpool.model.PlainDecider;
import io.flowpool.architecture.fixtures.ports.taskpool.port.in.CompleteTask;
import io.flowpool.architecture.fixtures.ports.taskpool.port.out.InMemoryTaskStore;
import io.flowpool.architecture.fixtures.ports.taskpool.port.out.TaskSnapshot;
import io.flowpool.architecture.fixtures.ports.taskpool.port.out.TaskStore;
import io.flowpool.architecture.fixtures.usecases.adapter.rest.ControllerCallsPort;
import io.flowpool.architecture.fixtures.usecases.adapter.rest.ControllerCreatesService;
import io.flowpool.architecture.fixtures.usecases.app.single.Wiring;
import io.flowpool.architecture.fixtures.usecases.datapool.model.DataEntryUsesTaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every rule fails on a deliberately broken fixture (see the {@code fixtures} package), names the
 * violating classes with the rule's reason, and spares the classes that keep it.
 */
class RulesCatchViolationsTest {

  @Test
  void a_domain_class_using_a_framework_type_is_caught() {
    FixtureVerdict.of(FlowpoolRules.domainIsFreeOfFrameworks(root("domainleak")), "domainleak")
        .names(LeakyDecider.class)
        .spares(PlainDecider.class);
  }

  @Test
  void a_context_reaching_into_another_contexts_model_is_caught() {
    FixtureVerdict.of(
            FlowpoolRules.contextsSeeEachOtherOnlyThroughApi(root("contexts")), "contexts")
        .names(TaskReadsDataEntryRules.class, ViewReadsTaskState.class)
        .spares(TaskUsesDataEntryId.class);
  }

  @Test
  void the_shared_kernel_referring_to_a_context_is_caught() {
    FixtureVerdict.of(
            FlowpoolRules.sharedKernelDependsOnNoContext(root("directions")), "directions")
        .names(KernelKnowsTask.class)
        .spares(PlainKernelValue.class, TaskAsksTheView.class, ViewReadsTaskId.class);
  }

  @Test
  void the_command_side_reading_the_view_is_caught() {
    FixtureVerdict.of(
            FlowpoolRules.commandSideDoesNotDependOnTheView(root("directions")), "directions")
        .names(TaskAsksTheView.class)
        .spares(KernelKnowsTask.class, ViewReadsTaskId.class);
  }

  @Test
  void a_use_case_class_used_outside_its_context_and_the_applications_is_caught() {
    FixtureVerdict.of(
            FlowpoolRules.useCaseClassesAreWiredOnlyByApplications(root("usecases")), "usecases")
        .names(ControllerCreatesService.class, DataEntryUsesTaskService.class)
        .spares(ControllerCallsPort.class, Wiring.class);
  }

  @Test
  void an_adapter_using_another_adapter_is_caught() {
    FixtureVerdict.of(FlowpoolRules.adaptersDoNotDependOnEachOther(root("adapters")), "adapters")
        .names(RestCallsAxon.class)
        .spares(CamundaKnowsApp.class, SecondAppCallsFirst.class);
  }

  @Test
  void an_application_using_another_application_is_caught() {
    FixtureVerdict.of(
            FlowpoolRules.applicationsDoNotDependOnEachOther(root("adapters")), "adapters")
        .names(SecondAppCallsFirst.class)
        .spares(CamundaKnowsApp.class, RestCallsAxon.class);
  }

  @Test
  void an_adapter_referring_to_an_application_is_caught() {
    FixtureVerdict.of(FlowpoolRules.nothingDependsOnApplications(root("adapters")), "adapters")
        .names(CamundaKnowsApp.class)
        .spares(SecondAppCallsFirst.class, RestCallsAxon.class);
  }

  @ParameterizedTest
  @FieldSource("io.flowpool.architecture.Technology#ALL")
  void a_technology_used_outside_its_adapters_is_caught(Technology technology) {
    String root = root("technology");
    Technology standIn = technology.standingIn(root + ".framework..");
    FlowpoolPackages packages = new FlowpoolPackages(root);
    FixtureVerdict verdict =
        FixtureVerdict.of(FlowpoolRules.technologyStaysInItsAdapters(root, standIn), "technology");
    for (JavaClass user : new ClassFileImporter().importPackages(root)) {
      if (!user.getSimpleName().equals("UsesFramework")) {
        continue;
      }
      boolean atHome =
          technology.homes().stream()
              .anyMatch(home -> user.getPackageName().startsWith(trimmed(packages.adapter(home))));
      if (atHome) {
        verdict.spares(user.getName());
      } else {
        verdict.names(user.getName());
      }
    }
  }

  @Test
  void a_class_in_a_port_package_is_caught() {
    FixtureVerdict.of(FlowpoolRules.portsHoldOnlyInterfacesAndRecords(root("ports")), "ports")
        .names(InMemoryTaskStore.class)
        .spares(
            TaskStore.class, TaskSnapshot.class, CompleteTask.class, CompleteTask.Command.class);
  }

  @Test
  void a_mutable_api_type_is_caught() {
    FixtureVerdict.of(FlowpoolRules.apiTypesAreImmutable(root("api")), "api")
        .names(
            MutableTask.class,
            OpenTaskHelper.class,
            TaskLimits.class,
            MutablePriority.class,
            MutableRefusalException.class)
        .spares(
            TaskId.class,
            TaskEvent.class,
            TaskStatus.class,
            TaskRefusedException.class,
            TaskIds.class);
  }

  @Test
  void a_package_cycle_is_caught() {
    FixtureVerdict.of(FlowpoolRules.noPackageCycles(root("cycles")), "cycles")
        .names(First.class, Second.class)
        .spares(Third.class);
  }

  @Test
  void writing_to_standard_out_is_caught() {
    FixtureVerdict.of(FlowpoolRules.NO_CLASS_WRITES_TO_STANDARD_STREAMS, "coding")
        .names(PrintsToStandardOut.class)
        .spares(BehavesWell.class, LogsWithJavaUtilLogging.class, ThrowsGenericException.class);
  }

  @Test
  void throwing_a_generic_exception_is_caught() {
    FixtureVerdict.of(FlowpoolRules.NO_CLASS_THROWS_GENERIC_EXCEPTIONS, "coding")
        .names(ThrowsGenericException.class)
        .spares(BehavesWell.class, PrintsToStandardOut.class);
  }

  @Test
  void field_injection_is_caught() {
    FixtureVerdict.of(FlowpoolRules.NO_CLASS_USES_FIELD_INJECTION, "coding")
        .names(InjectsIntoField.class)
        .spares(BehavesWell.class);
  }

  @Test
  void java_util_logging_is_caught() {
    FixtureVerdict.of(FlowpoolRules.NO_CLASS_USES_JAVA_UTIL_LOGGING, "coding")
        .names(LogsWithJavaUtilLogging.class)
        .spares(BehavesWell.class, PrintsToStandardOut.class);
  }

  private static String trimmed(String packagePattern) {
    return packagePattern.substring(0, packagePattern.length() - 2);
  }
}
