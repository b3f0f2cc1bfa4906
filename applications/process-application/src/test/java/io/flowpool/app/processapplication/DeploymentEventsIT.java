package io.flowpool.app.processapplication;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.app.processapplication.testing.ProcessApplicationTestSupport;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import java.util.Set;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** Deployed process definitions become ProcessDefinition aggregates in the event store. */
class DeploymentEventsIT extends ProcessApplicationTestSupport {

  @Test
  void the_example_model_deployed_while_the_application_started_is_registered() {
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_KEY)
            .latestVersion()
            .singleResult();

    assertThat(eventsOf(definition.getId()))
        .containsExactly(
            new ProcessDefinitionRegisteredEvent(
                definition.getId(),
                PROCESS_KEY,
                1,
                APPLICATION,
                "Order approval",
                "1.0",
                "Approves a customer's order and ships it",
                "forms/start-order",
                true,
                Set.of(),
                Set.of("sales")));
  }

  @Test
  void deployed_model_is_registered_with_its_candidate_starters_start_form_and_startable_flag() {
    Deployment deployment = deploy(complaint("Order complaint"));

    ProcessDefinition definition = definition(deployment, "order-complaint");
    assertThat(eventsOf(definition.getId()))
        .containsExactly(
            new ProcessDefinitionRegisteredEvent(
                definition.getId(),
                "order-complaint",
                definition.getVersion(),
                APPLICATION,
                "Order complaint",
                "2.1",
                null,
                "forms/complaint",
                false,
                Set.of("kermit", "piggy"),
                Set.of()));
  }

  @Test
  void a_changed_model_registers_its_new_version_and_an_unchanged_one_nothing() {
    // the builder generates element ids: the same instance, for the same bytes
    BpmnModelInstance unchanged = complaint("Complaint");
    ProcessDefinition first = definition(deploy(unchanged), "order-complaint");
    long eventsBefore = storedEvents();

    deploy(unchanged);
    assertThat(storedEvents()).isEqualTo(eventsBefore);

    ProcessDefinition second =
        definition(deploy(complaint("Complaint about an order")), "order-complaint");
    assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);
    assertThat(eventsOf(second.getId()))
        .singleElement()
        .isInstanceOfSatisfying(
            ProcessDefinitionRegisteredEvent.class,
            registered -> {
              assertThat(registered.processDefinitionVersion()).isEqualTo(second.getVersion());
              assertThat(registered.processName()).isEqualTo("Complaint about an order");
            });
    assertThat(storedEvents()).isEqualTo(eventsBefore + 1);
  }

  private static BpmnModelInstance complaint(String name) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("order-complaint")
            .name(name)
            .camundaHistoryTimeToLive(30)
            .camundaVersionTag("2.1")
            .camundaStartableInTasklist(false)
            .startEvent()
            .camundaFormKey("forms/complaint")
            .userTask("handle-complaint")
            .endEvent()
            .done();
    model
        .<Process>getModelElementById("order-complaint")
        .setCamundaCandidateStarterUsers("kermit,piggy");
    return model;
  }

  private Deployment deploy(BpmnModelInstance model) {
    return repositoryService
        .createDeployment()
        .name("order-complaint")
        .enableDuplicateFiltering(true)
        .addModelInstance("order-complaint.bpmn", model)
        .deploy();
  }

  private ProcessDefinition definition(Deployment deployment, String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .deploymentId(deployment.getId())
        .processDefinitionKey(key)
        .singleResult();
  }
}
