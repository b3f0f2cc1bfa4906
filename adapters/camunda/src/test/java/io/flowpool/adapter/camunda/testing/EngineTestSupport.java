package io.flowpool.adapter.camunda.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the collector's integration tests: a real engine on PostgreSQL, the recording taskpool
 * emptied before each test, and the expected values built from what the engine holds.
 */
@SpringBootTest(classes = CollectorTestApplication.class)
public abstract class EngineTestSupport {

  public static final String APPLICATION = "collector-it";
  public static final Instant DUE = Instant.parse("2030-01-15T10:00:00Z");
  public static final Instant FOLLOW_UP = Instant.parse("2030-01-10T08:00:00Z");

  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RecordingTaskpool taskpool;
  @Autowired protected PlatformTransactionManager transactionManager;

  @BeforeEach
  void forgetEarlierTransactions() {
    taskpool.clear();
  }

  /** The variables an order process starts with, in this order. */
  protected static Map<String, Object> orderVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("customer", "Miss Piggy");
    variables.put("amount", 120);
    variables.put("urgent", true);
    variables.put("orderId", "o-1");
    variables.put("secret", "pssst");
    variables.put("dueDate", Date.from(DUE));
    variables.put("followUpDate", Date.from(FOLLOW_UP));
    return variables;
  }

  /** The JSON form of {@link #orderVariables()} (dates as ISO-8601 strings). */
  protected static Map<String, Object> orderVariablesAsJson() {
    Map<String, Object> json = new LinkedHashMap<>(orderVariables());
    json.put("dueDate", DUE.toString());
    json.put("followUpDate", FOLLOW_UP.toString());
    return json;
  }

  protected ProcessInstance startOrder(String businessKey) {
    return runtimeService.startProcessInstanceByKey(
        "order-approval", businessKey, orderVariables());
  }

  protected EngineTransaction onlyTransaction() {
    assertThat(taskpool.transactions()).hasSize(1);
    return taskpool.transactions().get(0);
  }

  protected void inOneTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }

  protected Task task(ProcessInstance instance, String taskDefinitionKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  protected SourceReference sourceOf(Task task) {
    return source(
        task.getProcessInstanceId(), task.getExecutionId(), task.getProcessDefinitionId());
  }

  protected SourceReference sourceOf(ProcessInstance instance) {
    return source(instance.getId(), instance.getId(), instance.getProcessDefinitionId());
  }

  private SourceReference source(String instanceId, String executionId, String definitionId) {
    var definition = repositoryService.getProcessDefinition(definitionId);
    return new SourceReference(
        SourceKind.PROCESS,
        instanceId,
        executionId,
        definitionId,
        definition.getKey(),
        definition.getName(),
        APPLICATION,
        null);
  }

  /** The change of a variable of the instance, with the engine's id for the variable. */
  protected VariableChange change(
      VariableChangeType type, ProcessInstance instance, String name, Object value, int revision) {
    String variableId =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(name)
            .includeDeleted()
            .singleResult()
            .getId();
    return new VariableChange(type, variableId, name, value, revision, instance.getId());
  }
}
