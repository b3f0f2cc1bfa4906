package io.flowpool.adapter.camunda;

import static io.flowpool.taskpool.api.process.VariableChangeType.CREATE;
import static io.flowpool.taskpool.api.process.VariableChangeType.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.process.ChangeProcessVariablesCommand;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** What the collector reports for user tasks, one engine transaction at a time. */
class TaskCollectionIT extends EngineTestSupport {

  @Test
  void
      created_task_is_reported_with_payload_business_key_form_key_process_name_candidates_and_follow_up_date() {
    ProcessInstance instance = startOrder("order-1");

    Task task = task(instance, "approve-order");
    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.taskCommands())
        .containsExactly(
            new CreateTaskCommand(
                task.getId(),
                sourceOf(task),
                "approve-order",
                "forms/approve-order",
                "order-1",
                approvePayload(Map.of()),
                Correlations.of("order", "o-1"),
                true,
                null,
                Set.of("kermit", "piggy"),
                Set.of("sales"),
                task.getCreateTime().toInstant(),
                "Check the order of Miss Piggy",
                DUE,
                FOLLOW_UP,
                "Approve order",
                null,
                60));
  }

  @Test
  void created_task_carries_what_the_models_create_listener_changed() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("listener-review", "r-1");

    Task task = task(instance, "review");
    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new CreateTaskCommand(
                task.getId(),
                sourceOf(task),
                "review",
                null,
                "r-1",
                Payload.of(Map.of("reviewer", "fozzie")),
                Correlations.none(),
                true,
                "fozzie",
                Set.of(),
                Set.of("reviewers"),
                task.getCreateTime().toInstant(),
                null,
                null,
                null,
                "Review by listener",
                null,
                80),
            new AssignTaskCommand(task.getId(), "fozzie"),
            new AddCandidateUsersCommand(task.getId(), Set.of("gonzo")));
  }

  @Test
  void completion_and_the_next_task_are_reported_in_one_transaction() {
    ProcessInstance instance = startOrder("order-2");
    Task approve = task(instance, "approve-order");
    taskpool.clear();

    taskService.complete(approve.getId(), Map.of("approved", true));

    Task ship = task(instance, "ship-order");
    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.taskCommands())
        .containsExactly(
            new CompleteTaskCommand(approve.getId(), null), shipCreated(ship, "order-2"));
    assertThat(transaction.processInstanceCommands())
        .containsExactly(
            new ChangeProcessVariablesCommand(
                sourceOf(instance), List.of(change(CREATE, instance, "approved", true, 0))));
  }

  @Test
  void claim_and_completion_in_one_transaction_are_reported_in_order() {
    ProcessInstance instance = startOrder("order-3");
    Task approve = task(instance, "approve-order");
    taskpool.clear();

    inOneTransaction(
        () -> {
          taskService.claim(approve.getId(), "kermit");
          taskService.complete(approve.getId());
        });

    Task ship = task(instance, "ship-order");
    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new AssignTaskCommand(approve.getId(), "kermit"),
            // read by the claim's engine command, while the task still exists
            unchangedEnrichedUpdate(approve, "order-3"),
            new CompleteTaskCommand(approve.getId(), "kermit"),
            shipCreated(ship, "order-3"));
  }

  @Test
  void variables_changed_by_a_later_engine_command_of_the_same_transaction_update_the_payload() {
    List<ProcessInstance> started = new ArrayList<>();

    inOneTransaction(
        () -> {
          started.add(startOrder("order-11"));
          runtimeService.setVariable(started.get(0).getId(), "customer", "Gonzo");
        });

    Task approve = task(started.get(0), "approve-order");
    List<?> commands = onlyTransaction().taskCommands();
    assertThat(commands).hasSize(2);
    assertThat(((CreateTaskCommand) commands.get(0)).taskId()).isEqualTo(approve.getId());
    assertThat(((CreateTaskCommand) commands.get(0)).payload()).isEqualTo(approvePayload(Map.of()));
    assertThat(((UpdateTaskAttributesCommand) commands.get(1)).payload())
        .isEqualTo(approvePayload(Map.of("customer", "Gonzo")));
  }

  @Test
  void a_created_tasks_payload_leaves_out_transient_variables_and_java_serialized_objects() {
    Map<String, Object> variables = new LinkedHashMap<>(orderVariables());
    variables.put("note", Variables.stringValue("not stored", true));
    variables.put(
        "basket",
        Variables.objectValue(new ArrayList<>(List.of("apples")))
            .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
            .create());

    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey("order-approval", "order-12", variables);

    CreateTaskCommand created = (CreateTaskCommand) onlyTransaction().taskCommands().get(0);
    assertThat(created.taskId()).isEqualTo(task(instance, "approve-order").getId());
    // as a new engine command would read them: the transient one is not stored, the object has
    // no JSON form
    assertThat(created.payload()).isEqualTo(approvePayload(Map.of()));
  }

  @Test
  void a_created_tasks_payload_holds_the_variables_its_create_listener_set_on_the_task_itself() {
    repositoryService
        .createDeployment()
        .name("task-local-variables")
        .enableDuplicateFiltering(true)
        .addModelInstance(
            "task-local-variables.bpmn",
            Bpmn.createExecutableProcess("task-local-variables")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("note")
                .camundaTaskListenerExpression(
                    "create", "${task.setVariableLocal('note', 'for this task only')}")
                .endEvent()
                .done())
        .deploy();
    taskpool.clear();

    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            "task-local-variables", Map.of("customer", "Miss Piggy"));

    CreateTaskCommand created =
        onlyTransaction().taskCommands().stream()
            .filter(CreateTaskCommand.class::isInstance)
            .map(CreateTaskCommand.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(created.taskId()).isEqualTo(task(instance, "note").getId());
    assertThat(created.payload())
        .isEqualTo(Payload.of(Map.of("customer", "Miss Piggy", "note", "for this task only")));
  }

  @Test
  void attributes_saved_through_the_api_are_reported_as_an_enriched_update() {
    Task approve = task(startOrder("order-4"), "approve-order");
    taskpool.clear();

    approve.setName("Approve soon");
    approve.setPriority(70);
    approve.setOwner("piggy");
    taskService.saveTask(approve);

    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new UpdateTaskAttributesCommand(
                approve.getId(),
                "order-4",
                approvePayload(Map.of()),
                Correlations.of("order", "o-1"),
                true,
                "Check the order of Miss Piggy",
                DUE,
                FOLLOW_UP,
                "Approve soon",
                "piggy",
                70,
                false));
  }

  @Test
  void attributes_saved_through_the_api_include_what_the_models_update_listener_changed() {
    Task review =
        task(runtimeService.startProcessInstanceByKey("listener-review", "r-2"), "review");
    taskpool.clear();

    review.setPriority(90);
    taskService.saveTask(review);

    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new UpdateTaskAttributesCommand(
                review.getId(),
                "r-2",
                Payload.of(Map.of("reviewer", "fozzie")),
                Correlations.none(),
                true,
                "Updated at priority 90",
                null,
                null,
                "Review by listener",
                null,
                90,
                false));
  }

  @Test
  void assignment_through_the_api_is_reported_with_an_unchanged_update() {
    Task approve = task(startOrder("order-5"), "approve-order");
    taskpool.clear();

    taskService.setAssignee(approve.getId(), "kermit");

    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new AssignTaskCommand(approve.getId(), "kermit"),
            unchangedEnrichedUpdate(approve, "order-5"));
  }

  @Test
  void reassignment_is_reported_as_removal_of_the_old_and_assignment_of_the_new_assignee() {
    Task approve = task(startOrder("order-6"), "approve-order");
    taskService.setAssignee(approve.getId(), "kermit");
    taskpool.clear();

    taskService.setAssignee(approve.getId(), "piggy");

    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new AssignTaskCommand(approve.getId(), null),
            new AssignTaskCommand(approve.getId(), "piggy"),
            unchangedEnrichedUpdate(approve, "order-6"));
  }

  @Test
  void candidate_users_and_groups_added_and_removed_are_reported_one_by_one_each_with_an_update() {
    Task approve = task(startOrder("order-7"), "approve-order");
    taskpool.clear();

    inOneTransaction(
        () -> {
          taskService.addCandidateUser(approve.getId(), "gonzo");
          taskService.addCandidateGroup(approve.getId(), "muppets");
          taskService.deleteCandidateUser(approve.getId(), "kermit");
          taskService.deleteCandidateGroup(approve.getId(), "sales");
        });

    assertThat(onlyTransaction().taskCommands())
        .containsExactly(
            new AddCandidateUsersCommand(approve.getId(), Set.of("gonzo")),
            unchangedEnrichedUpdate(approve, "order-7"),
            new AddCandidateGroupsCommand(approve.getId(), Set.of("muppets")),
            unchangedEnrichedUpdate(approve, "order-7"),
            new DeleteCandidateUsersCommand(approve.getId(), Set.of("kermit")),
            unchangedEnrichedUpdate(approve, "order-7"),
            new DeleteCandidateGroupsCommand(approve.getId(), Set.of("sales")),
            unchangedEnrichedUpdate(approve, "order-7"));
  }

  @Test
  void task_of_a_deleted_instance_is_reported_deleted() {
    ProcessInstance instance = startOrder("order-8");
    Task approve = task(instance, "approve-order");
    taskpool.clear();

    runtimeService.deleteProcessInstance(instance.getId(), "order withdrawn");

    assertThat(onlyTransaction().taskCommands())
        .containsExactly(new DeleteTaskCommand(approve.getId(), "order withdrawn"));
  }

  @Test
  void changed_process_variables_update_the_payload_of_the_waiting_task() {
    ProcessInstance instance = startOrder("order-9");
    Task approve = task(instance, "approve-order");
    taskpool.clear();

    runtimeService.setVariable(instance.getId(), "amount", 200);

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processInstanceCommands())
        .containsExactly(
            new ChangeProcessVariablesCommand(
                sourceOf(instance), List.of(change(UPDATE, instance, "amount", 200, 1))));
    assertThat(transaction.taskCommands())
        .containsExactly(
            new UpdateTaskAttributesCommand(
                approve.getId(),
                "order-9",
                approvePayload(Map.of("amount", 200)),
                Correlations.of("order", "o-1"),
                true,
                "Check the order of Miss Piggy",
                DUE,
                FOLLOW_UP,
                "Approve order",
                null,
                60,
                false));
  }

  private CreateTaskCommand shipCreated(Task ship, String businessKey) {
    return new CreateTaskCommand(
        ship.getId(),
        sourceOf(ship),
        "ship-order",
        "forms/ship-order",
        businessKey,
        Payload.of(Map.of("customer", "Miss Piggy", "orderId", "o-1")),
        new Correlations(Map.of("order", "o-1", "customer", "Miss Piggy")),
        true,
        null,
        Set.of(),
        Set.of("shipping"),
        ship.getCreateTime().toInstant(),
        null,
        null,
        null,
        "Ship order",
        null,
        50);
  }

  private static Payload approvePayload(Map<String, Object> changes) {
    Map<String, Object> payload = new LinkedHashMap<>(orderVariablesAsJson());
    payload.remove("secret");
    payload.putAll(changes);
    return Payload.of(payload);
  }

  private static UpdateTaskAttributesCommand unchangedEnrichedUpdate(
      Task task, String businessKey) {
    return new UpdateTaskAttributesCommand(
        task.getId(),
        businessKey,
        approvePayload(Map.of()),
        Correlations.of("order", "o-1"),
        true,
        task.getDescription(),
        DUE,
        FOLLOW_UP,
        task.getName(),
        task.getOwner(),
        task.getPriority(),
        true);
  }
}
