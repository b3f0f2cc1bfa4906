package io.flowpool.app.processapplication.testing;

import io.flowpool.app.processapplication.ExampleProcessApplication;
import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.process.VariableChange;
import io.flowpool.taskpool.api.process.VariableChangeType;
import io.flowpool.taskpool.api.task.TaskCreatedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the example application's integration tests: the whole application (engine, collector,
 * Axon event store, engine client, business code) on a fresh PostgreSQL database, a fixed clock,
 * the events of an aggregate read back from Axon's event store, and the expected values built from
 * what the engine holds.
 */
@SpringBootTest(
    classes = {ExampleProcessApplication.class, ProcessApplicationTestSupport.FixedClock.class},
    properties = {
      // several application contexts may live in one test JVM
      "camunda.bpm.generate-unique-process-engine-name=true",
      "camunda.bpm.job-execution.enabled=false",
      "spring.datasource.hikari.maximum-pool-size=5",
      "spring.main.banner-mode=off",
      "logging.level.org.camunda=warn"
    })
@ContextConfiguration(initializers = FreshDatabase.class)
public abstract class ProcessApplicationTestSupport {

  public static final String APPLICATION = "order-application";
  public static final String PROCESS_KEY = "order-approval";
  public static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected HistoryService historyService;
  @Autowired protected IdentityService identityService;
  @Autowired protected EventStore eventStore;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected PlatformTransactionManager transactionManager;

  /** The payloads of the aggregate's events, in the order they were stored. */
  protected List<Object> eventsOf(String aggregateId) {
    return eventStore.readEvents(aggregateId).asStream().<Object>map(Message::getPayload).toList();
  }

  /** How many events the store holds, whatever their aggregate. */
  protected long storedEvents() {
    return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
  }

  /** The variables an order process starts with. */
  protected static Map<String, Object> orderVariables(String orderId, String customer, int amount) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("orderId", orderId);
    variables.put("customer", customer);
    variables.put("amount", amount);
    return variables;
  }

  /** Starts the example process with the order id as business key. */
  protected ProcessInstance startOrder(String orderId, String customer, int amount) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, orderId, orderVariables(orderId, customer, amount));
  }

  protected Task task(ProcessInstance instance, String taskDefinitionKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** The task as the engine holds it now; null once it is completed or deleted. */
  protected Task reload(Task task) {
    return taskService.createTaskQuery().taskId(task.getId()).singleResult();
  }

  /** The engine client refuses assignees the identity service does not know (it knows admin). */
  protected void knownUsers(String... userIds) {
    for (String userId : userIds) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        identityService.saveUser(identityService.newUser(userId));
      }
    }
  }

  protected void inOneTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }

  /** Runs the work in a transaction and rolls it back. */
  protected void inTransactionThatRollsBack(Runnable work) {
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              work.run();
              status.setRollbackOnly();
            });
  }

  /** The approval task as the collector reports its creation. */
  protected TaskCreatedEvent approveCreated(
      Task task, String orderId, String customer, int amount, int priority) {
    return new TaskCreatedEvent(
        task.getId(),
        sourceOf(task),
        "approve-order",
        "forms/approve-order",
        orderId,
        orderPayload(orderId, customer, amount),
        Correlations.of("order", orderId),
        null,
        Set.of("kermit"),
        Set.of("approvers"),
        task.getCreateTime().toInstant(),
        "Check order " + orderId + " of " + customer,
        null,
        null,
        "Approve order",
        null,
        priority);
  }

  /** The shipping task as the collector reports its creation: its payload leaves out the amount. */
  protected TaskCreatedEvent shipCreated(Task task, String orderId, String customer) {
    return new TaskCreatedEvent(
        task.getId(),
        sourceOf(task),
        "ship-order",
        "forms/ship-order",
        orderId,
        Payload.of(Map.of("orderId", orderId, "customer", customer)),
        Correlations.of("order", orderId),
        null,
        Set.of(),
        Set.of("shipping"),
        task.getCreateTime().toInstant(),
        "Ship order " + orderId + " to " + customer,
        null,
        null,
        "Ship order",
        null,
        50);
  }

  /** The payload of an order's tasks and data entry, as read back from the event store. */
  protected static Payload orderPayload(String orderId, String customer, int amount) {
    return Payload.of(orderVariables(orderId, customer, amount));
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

  /** Business code and tests see the same time. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class FixedClock {

    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }
}
