package io.flowpool.adapter.camunda;

import static io.flowpool.taskpool.api.process.VariableChangeType.CREATE;
import static io.flowpool.taskpool.api.process.VariableChangeType.DELETE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.process.CancelProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.process.FinishProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ProcessInstanceCommand;
import io.flowpool.taskpool.api.process.ResumeProcessInstanceCommand;
import io.flowpool.taskpool.api.process.StartProcessInstanceCommand;
import io.flowpool.taskpool.api.process.SuspendProcessInstanceCommand;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the collector reports for process instances and their variables. */
class ProcessInstanceCollectionIT extends EngineTestSupport {

  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;

  @Test
  void started_instance_is_reported_with_business_key_start_user_and_all_its_variables() {
    identityService.setAuthenticatedUserId("kermit");
    ProcessInstance instance;
    try {
      instance = startOrder("order-p1");
    } finally {
      identityService.clearAuthentication();
    }

    List<VariableChange> created = new ArrayList<>();
    // variable commands are never filtered: the excluded "secret" is here too
    orderVariablesAsJson()
        .forEach((name, value) -> created.add(change(CREATE, instance, name, value, 0)));
    List<ProcessInstanceCommand> commands = onlyTransaction().processInstanceCommands();
    assertThat(commands)
        .first()
        .isEqualTo(
            new StartProcessInstanceCommand(
                sourceOf(instance), "order-p1", "kermit", null, "order-received"));
    // the engine creates start variables in an order of its own
    assertThat(commands)
        .element(1)
        .isInstanceOfSatisfying(
            ChangeProcessVariablesCommand.class,
            variables -> {
              assertThat(variables.sourceReference()).isEqualTo(sourceOf(instance));
              assertThat(variables.changes()).containsExactlyInAnyOrderElementsOf(created);
            });
    assertThat(commands).hasSize(2);
  }

  @Test
  void removed_variable_is_reported_deleted_and_leaves_the_payload_of_the_waiting_task() {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            "simple-task", "s-7", Map.of("note", "call back", "count", 3));
    Task task = task(instance, "do-it");
    taskpool.clear();

    runtimeService.removeVariable(instance.getId(), "note");

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processInstanceCommands())
        .containsExactly(
            new ChangeProcessVariablesCommand(
                sourceOf(instance), List.of(change(DELETE, instance, "note", null, 1))));
    assertThat(transaction.taskCommands())
        .extracting(command -> ((UpdateTaskAttributesCommand) command).payload())
        .containsExactly(Payload.of(Map.of("count", 3)));
  }

  @Test
  void instance_and_task_of_a_tenant_carry_its_tenant_id() {
    repositoryService
        .createDeployment()
        .tenantId("tenant-1")
        .addModelInstance(
            "tenant-task.bpmn",
            Bpmn.createExecutableProcess("tenant-task")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("tenant-work")
                .endEvent()
                .done())
        .deploy();
    taskpool.clear();

    runtimeService
        .createProcessInstanceByKey("tenant-task")
        .processDefinitionTenantId("tenant-1")
        .execute();

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processInstanceCommands())
        .extracting(command -> command.sourceReference().tenantId())
        .containsExactly("tenant-1");
    assertThat(transaction.taskCommands())
        .extracting(command -> ((CreateTaskCommand) command).sourceReference().tenantId())
        .containsExactly("tenant-1");
  }

  @Test
  void suspended_and_resumed_instance_is_reported() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("simple-task", "s-1");
    taskpool.clear();

    runtimeService.suspendProcessInstanceById(instance.getId());
    EngineTransaction suspension = onlyTransaction();
    taskpool.clear();
    runtimeService.activateProcessInstanceById(instance.getId());

    assertThat(suspension.processInstanceCommands())
        .containsExactly(new SuspendProcessInstanceCommand(sourceOf(instance)));
    assertThat(suspension.taskCommands()).isEmpty();
    assertThat(onlyTransaction().processInstanceCommands())
        .containsExactly(new ResumeProcessInstanceCommand(sourceOf(instance)));
  }

  @Test
  void suspension_of_several_instances_in_one_call_is_reported_per_instance() {
    ProcessInstance first = runtimeService.startProcessInstanceByKey("simple-task", "s-2");
    ProcessInstance second = runtimeService.startProcessInstanceByKey("simple-task", "s-3");
    taskpool.clear();

    runtimeService
        .updateProcessInstanceSuspensionState()
        .byProcessInstanceIds(first.getId(), second.getId())
        .suspend();

    assertThat(onlyTransaction().processInstanceCommands())
        .containsExactlyInAnyOrder(
            new SuspendProcessInstanceCommand(sourceOf(first)),
            new SuspendProcessInstanceCommand(sourceOf(second)));
  }

  @Test
  void changed_business_key_is_no_resumption_and_reaches_the_waiting_task() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("simple-task", "s-4");
    Task task = task(instance, "do-it");
    taskpool.clear();

    // what a delegate does with execution.setProcessBusinessKey(...)
    ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              context
                  .getExecutionManager()
                  .findExecutionById(instance.getId())
                  .setProcessBusinessKey("s-4-renamed");
              return null;
            });

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processInstanceCommands()).isEmpty();
    assertThat(transaction.taskCommands())
        .containsExactly(
            new UpdateTaskAttributesCommand(
                task.getId(),
                "s-4-renamed",
                Payload.empty(),
                Correlations.none(),
                true,
                null,
                null,
                null,
                "Do it",
                null,
                50,
                false));
  }

  @Test
  void cancelled_instance_is_reported_with_its_delete_reason() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("simple-task", "s-5");
    Task task = task(instance, "do-it");
    taskpool.clear();

    runtimeService.deleteProcessInstance(instance.getId(), "no longer needed");

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processInstanceCommands())
        .containsExactly(
            new CancelProcessInstanceCommand(
                sourceOf(instance), "s-5", null, null, "no longer needed"));
    assertThat(transaction.taskCommands())
        .containsExactly(new DeleteTaskCommand(task.getId(), "no longer needed"));
  }

  @Test
  void finished_instance_is_reported_when_its_last_task_completes() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("simple-task", "s-6");
    Task task = task(instance, "do-it");
    taskpool.clear();

    taskService.complete(task.getId(), Map.of("done", true));

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processInstanceCommands())
        .containsExactly(
            new ChangeProcessVariablesCommand(
                sourceOf(instance), List.of(change(CREATE, instance, "done", true, 0))),
            new FinishProcessInstanceCommand(sourceOf(instance), "s-6", null, "done"));
    assertThat(transaction.taskCommands())
        .containsExactly(new CompleteTaskCommand(task.getId(), null));
  }
}
