package io.flowpool.adapter.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.camunda.collector.CollectorSettings;
import io.flowpool.adapter.camunda.collector.DeployedDefinitionRegistrar;
import io.flowpool.adapter.camunda.testing.EngineTestSupport;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the collector reports when process definitions are deployed. */
class ProcessDefinitionCollectionIT extends EngineTestSupport {

  @Autowired ProcessEngine processEngine;
  @Autowired CollectorSettings settings;

  @Test
  void deployed_definitions_are_registered_with_candidate_starters_start_form_and_startable_flag() {
    Deployment deployment =
        repositoryService
            .createDeployment()
            .name("registration")
            .addClasspathResource("bpmn/registration.bpmn")
            .deploy();

    EngineTransaction transaction = onlyTransaction();
    assertThat(transaction.processDefinitions())
        .containsExactlyInAnyOrder(
            new RegisterProcessDefinitionCommand(
                definition(deployment, "registered-process").getId(),
                "registered-process",
                1,
                APPLICATION,
                "Registered process",
                "2.0",
                "Shows what a registration carries",
                "forms/register",
                false,
                Set.of("kermit", "piggy"),
                Set.of("sales", "management")),
            new RegisterProcessDefinitionCommand(
                definition(deployment, "registered-without-form").getId(),
                "registered-without-form",
                1,
                APPLICATION,
                null,
                null,
                null,
                null,
                true,
                Set.of(),
                Set.of()));
    assertThat(transaction.processInstanceCommands()).isEmpty();
    assertThat(transaction.taskCommands()).isEmpty();
  }

  @Test
  void deployment_without_changes_registers_nothing() {
    String model =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("unchanged-process")
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .endEvent()
                .done());
    deploy(model);
    taskpool.clear();

    deploy(model);

    assertThat(taskpool.transactions()).isEmpty();
  }

  @Test
  void start_up_registration_reports_every_deployed_definition_page_by_page() {
    Deployment deployment =
        repositoryService
            .createDeployment()
            .name("registration-at-start-up")
            .addClasspathResource("bpmn/registration.bpmn")
            .deploy();
    taskpool.clear();
    DeployedDefinitionRegistrar registrar =
        new DeployedDefinitionRegistrar(processEngine, settings, 1);

    int reported = registrar.registerDeployedDefinitions();

    List<String> deployed =
        repositoryService.createProcessDefinitionQuery().list().stream()
            .map(ProcessDefinition::getId)
            .toList();
    List<RegisterProcessDefinitionCommand> registered =
        taskpool.transactions().stream()
            .flatMap(transaction -> transaction.processDefinitions().stream())
            .toList();
    assertThat(reported).isEqualTo(deployed.size());
    assertThat(registered)
        .extracting(RegisterProcessDefinitionCommand::processDefinitionId)
        .containsExactlyInAnyOrderElementsOf(deployed)
        .contains(definition(deployment, "registered-process").getId());
    // one definition per transaction with a page size of 1
    assertThat(taskpool.transactions()).hasSize(deployed.size());
  }

  private void deploy(String model) {
    repositoryService
        .createDeployment()
        .name("unchanged")
        .enableDuplicateFiltering(true)
        .addString("unchanged.bpmn", model)
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
