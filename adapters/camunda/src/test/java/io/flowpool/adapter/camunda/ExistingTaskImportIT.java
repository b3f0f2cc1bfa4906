package io.flowpool.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.camunda.collector.ExistingTaskImporter;
import io.flowpool.adapter.camunda.testing.CollectorTestApplication;
import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Tasks that exist before the collector saw them are imported as creations, page by page. */
@SpringBootTest(
    classes = CollectorTestApplication.class,
    properties = {
      "flowpool.collector.import-page-size=2",
      "flowpool.collector.import-on-startup=true"
    })
class ExistingTaskImportIT extends EngineTestSupport {

  @Autowired ExistingTaskImporter importer;

  @AfterEach
  void removeInstances() {
    runtimeService
        .createProcessInstanceQuery()
        .list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test done"));
  }

  @Test
  void existing_tasks_are_reported_as_creations_one_page_per_transaction() {
    for (int i = 1; i <= 3; i++) {
      runtimeService.startProcessInstanceByKey("simple-task", "import-" + i, Map.of("index", i));
    }
    List<Task> tasks =
        taskService.createTaskQuery().orderByTaskCreateTime().asc().orderByTaskId().asc().list();
    taskpool.clear();

    int imported = importer.importActiveTasks();

    assertThat(imported).isEqualTo(3);
    assertThat(taskpool.transactions())
        .extracting(EngineTransaction::taskCommands)
        .containsExactly(
            List.of(created(tasks.get(0), 1), created(tasks.get(1), 2)),
            List.of(created(tasks.get(2), 3)));
  }

  @Test
  void importing_again_reports_only_the_tasks_that_still_exist() {
    runtimeService.startProcessInstanceByKey("simple-task", "import-1", Map.of("index", 1));
    runtimeService.startProcessInstanceByKey("simple-task", "import-2", Map.of("index", 2));
    importer.importActiveTasks();
    Task done = taskService.createTaskQuery().processInstanceBusinessKey("import-1").singleResult();
    Task open = taskService.createTaskQuery().processInstanceBusinessKey("import-2").singleResult();
    taskService.complete(done.getId());
    taskpool.clear();

    importer.importActiveTasks();

    assertThat(taskpool.transactions())
        .flatExtracting(EngineTransaction::taskCommands)
        .extracting(EngineTaskCommand::taskId)
        .containsExactly(open.getId());
  }

  private CreateTaskCommand created(Task task, int index) {
    return new CreateTaskCommand(
        task.getId(),
        sourceOf(task),
        "do-it",
        null,
        "import-" + index,
        Payload.of(Map.of("index", index)),
        Correlations.none(),
        true,
        null,
        Set.of(),
        Set.of("staff"),
        task.getCreateTime().toInstant(),
        null,
        null,
        null,
        "Do it",
        null,
        50);
  }
}
