package io.flowpool.adapter.camunda.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where the collector reads a task's variables, inside real engine commands. */
class TaskVariableScopeIT extends EngineTestSupport {

  @Autowired private ProcessEngine processEngine;

  @Test
  void a_task_the_command_just_inserted_is_read_from_its_execution_without_a_query() {
    String[] taskId = new String[1];

    commands()
        .execute(
            context -> {
              ProcessInstance instance = startOrder("scope-1");
              // not in the database yet: only the command's cache holds it
              TaskEntity task =
                  context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
                      .filter(
                          candidate -> instance.getId().equals(candidate.getProcessInstanceId()))
                      .findFirst()
                      .orElseThrow();
              taskId[0] = task.getId();

              assertThat(TaskVariableScope.of(context, task)).isSameAs(task.getExecution());
              return null;
            });

    // a later command loads the task from the database: its own variables may exist there
    commands()
        .execute(
            context -> {
              TaskEntity task = context.getTaskManager().findTaskById(taskId[0]);
              assertThat(TaskVariableScope.of(context, task)).isSameAs(task);
              return null;
            });
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
  }
}
