package io.flowpool.taskpool.model;

import static io.flowpool.common.testing.DeciderScenario.scenario;
import static io.flowpool.taskpool.testing.TaskSamples.createTask;
import static io.flowpool.taskpool.testing.TaskSamples.createdEvent;
import static io.flowpool.taskpool.testing.TaskSamples.newTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.TaskCompletedEvent;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import io.flowpool.taskpool.api.task.TaskDeletedEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskCreationTest {

  private final TaskDecider decider = new TaskDecider();

  @Test
  void create_of_new_task_emits_its_full_snapshot() {
    SourceReference source =
        SourceReference.process("pi-9", "ex-9", "invoice:2:1", "invoice", "Invoice", "billing");
    Instant created = Instant.parse("2026-01-10T08:00:00Z");
    CreateTaskCommand create =
        new CreateTaskCommand(
            "t1",
            source,
            "check-invoice",
            "forms/check",
            "inv-17",
            Payload.of(Map.of("amount", 12)),
            Correlations.of("invoice", "17"),
            true,
            "gonzo",
            Set.of("fozzie"),
            Set.of("accounting"),
            created,
            "Check the invoice",
            created.plusSeconds(3600),
            created.plusSeconds(60),
            "Check invoice",
            "rowlf",
            70);

    scenario(decider, "t1")
        .givenNothing()
        .when(create)
        .then(
            new TaskCreatedEvent(
                "t1",
                source,
                "check-invoice",
                "forms/check",
                "inv-17",
                Payload.of(Map.of("amount", 12)),
                Correlations.of("invoice", "17"),
                "gonzo",
                Set.of("fozzie"),
                Set.of("accounting"),
                created,
                "Check the invoice",
                created.plusSeconds(3600),
                created.plusSeconds(60),
                "Check invoice",
                "rowlf",
                70));
  }

  @Test
  void created_task_is_active_with_the_snapshot_at_version_zero() {
    CreateTaskCommand create = newTask("t1").assignee("kermit").command();

    Task task = scenario(decider, "t1").givenNothing().when(create).stateAfter();

    assertThat(task.status()).isEqualTo(TaskStatus.ACTIVE);
    assertThat(task.version()).isZero();
    assertThat(task.assignee()).isEqualTo("kermit");
    assertThat(task.sourceReference()).isEqualTo(create.sourceReference());
    assertThat(task.taskDefinitionKey()).isEqualTo(create.taskDefinitionKey());
    assertThat(task.formKey()).isEqualTo(create.formKey());
    assertThat(task.businessKey()).isEqualTo(create.businessKey());
    assertThat(task.payload()).isEqualTo(create.payload());
    assertThat(task.correlations()).isEqualTo(create.correlations());
    assertThat(task.candidateUsers()).isEqualTo(create.candidateUsers());
    assertThat(task.candidateGroups()).isEqualTo(create.candidateGroups());
    assertThat(task.createTime()).isEqualTo(create.createTime());
    assertThat(task.description()).isEqualTo(create.description());
    assertThat(task.dueDate()).isEqualTo(create.dueDate());
    assertThat(task.followUpDate()).isEqualTo(create.followUpDate());
    assertThat(task.name()).isEqualTo(create.name());
    assertThat(task.owner()).isEqualTo(create.owner());
    assertThat(task.priority()).isEqualTo(create.priority());
  }

  @Test
  void repeated_create_of_active_task_re_emits_the_snapshot_of_the_command() {
    CreateTaskCommand reimport = newTask("t1").name("Approve order (imported)").command();

    scenario(decider, "t1")
        .given(createdEvent(createTask("t1")))
        .when(reimport)
        .then(createdEvent(reimport));
  }

  @Test
  void identical_create_of_active_task_is_re_emitted_too() {
    scenario(decider, "t1")
        .given(createdEvent(createTask("t1")))
        .when(createTask("t1"))
        .then(createdEvent(createTask("t1")));
  }

  @Test
  void repeated_create_replaces_the_snapshot_and_moves_the_version_on() {
    CreateTaskCommand reimport = newTask("t1").assignee("piggy").priority(80).command();

    Task task =
        scenario(decider, "t1").given(createdEvent(createTask("t1"))).when(reimport).stateAfter();

    assertThat(task.assignee()).isEqualTo("piggy");
    assertThat(task.priority()).isEqualTo(80);
    assertThat(task.version()).isEqualTo(1);
  }

  @Test
  void create_of_completed_task_does_not_resurrect_it() {
    scenario(decider, "t1")
        .given(createdEvent(createTask("t1")), new TaskCompletedEvent("t1"))
        .when(createTask("t1"))
        .thenNothing();
  }

  @Test
  void create_of_deleted_task_does_not_resurrect_it() {
    scenario(decider, "t1")
        .given(createdEvent(createTask("t1")), new TaskDeletedEvent("t1", "cancelled"))
        .when(createTask("t1"))
        .thenNothing();
  }
}
