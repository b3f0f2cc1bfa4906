package io.flowpool.app.processapplication;

import static io.flowpool.app.processapplication.testing.OrderEntries.entryOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.app.processapplication.testing.OrderEntries;
import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.task.TaskAssignedEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda's REST API is part of the process application: models deployed and instances started with
 * standard tools reach the event store like everything else the engine does.
 */
// The REST API looks the engine up by its default name: this context keeps it.
@SpringBootTest(
    classes = {ExampleProcessApplication.class, ProcessApplicationTestSupport.FixedClock.class},
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "spring.datasource.hikari.maximum-pool-size=5",
      "spring.main.banner-mode=off",
      "logging.level.org.camunda=warn"
    })
@DirtiesContext
class EngineRestIT extends ProcessApplicationTestSupport {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;

  @Test
  void the_applications_process_definitions_are_listed() {
    ResponseEntity<List<Map<String, Object>>> response =
        rest.exchange(
            "/engine-rest/process-definition?key=" + PROCESS_KEY, HttpMethod.GET, null, JSON_ARRAY);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody())
        .singleElement()
        .satisfies(
            definition ->
                assertThat(definition)
                    .containsEntry("key", PROCESS_KEY)
                    .containsEntry("name", "Order approval")
                    .containsEntry("versionTag", "1.0"));
  }

  @Test
  void model_deployed_over_rest_is_registered() {
    String model =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("order-return")
                .name("Order return")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("accept-return")
                .endEvent()
                .done());
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "order-return");
    form.add("order-return.bpmn", file("order-return.bpmn", model));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<Map<String, Object>> response =
        rest.exchange(
            "/engine-rest/deployment/create",
            HttpMethod.POST,
            new HttpEntity<>(form, headers),
            JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> deployed =
        (Map<String, Object>) response.getBody().get("deployedProcessDefinitions");
    assertThat(deployed).hasSize(1);
    String definitionId = deployed.keySet().iterator().next();
    assertThat(eventsOf(definitionId))
        .containsExactly(
            new ProcessDefinitionRegisteredEvent(
                definitionId,
                "order-return",
                1,
                APPLICATION,
                "Order return",
                null,
                null,
                null,
                true,
                Set.of(),
                Set.of()));
  }

  @Test
  void instance_started_over_rest_creates_its_task_and_data_entry_in_the_store() {
    Map<String, Object> start =
        Map.of(
            "businessKey",
            "rest-1",
            "variables",
            Map.of(
                "orderId", typed("rest-1", "String"),
                "customer", typed("Rowlf", "String"),
                "amount", typed(300, "Integer")));

    ResponseEntity<Map<String, Object>> response =
        rest.exchange(
            "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start",
            HttpMethod.POST,
            new HttpEntity<>(start),
            JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId((String) response.getBody().get("id"))
            .singleResult();
    Task approve = task(instance, "approve-order");
    assertThat(eventsOf(approve.getId()))
        .containsExactly(approveCreated(approve, "rest-1", "Rowlf", 300, 50));
    assertThat(eventsOf(entryOf("rest-1")))
        .containsExactly(OrderEntries.received("rest-1", "Rowlf", 300));
  }

  @Test
  void task_claimed_over_rest_is_stored_as_assigned() {
    Task approve = task(startOrder("rest-2", "Rowlf", 300), "approve-order");

    ResponseEntity<Void> response =
        rest.exchange(
            "/engine-rest/task/" + approve.getId() + "/claim",
            HttpMethod.POST,
            new HttpEntity<>(Map.of("userId", "kermit")),
            Void.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(eventsOf(approve.getId()))
        .containsExactly(
            approveCreated(approve, "rest-2", "Rowlf", 300, 50),
            new TaskAssignedEvent(approve.getId(), "kermit"));
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
