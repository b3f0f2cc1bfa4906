package io.flowpool.adapter.camunda.collector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskVariableScopeTest {

  /**
   * Fails on a Camunda version that renamed the field: the collector would query every new task.
   */
  @Test
  void camundas_task_entity_still_tells_whether_its_own_variables_were_read() {
    assertThat(TaskVariableScope.canSkipTheQuery()).isTrue();
  }
}
