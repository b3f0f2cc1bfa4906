package io.flowpool.adapter.camunda.collector;

import io.flowpool.adapter.camunda.collector.PagedHandOver.Page;
import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers every process definition the engine has deployed, one transaction per page. Safe to
 * repeat: a registration with unchanged content records nothing. Run at start-up it closes a gap:
 * what the engine commits while the application starts (its models' auto-deployment) is handed over
 * only once the application is ready, so a process killed in between would never report those
 * definitions, and the next start finds the deployment unchanged and deploys nothing.
 */
public class DeployedDefinitionRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedDefinitionRegistrar.class);

  private final PagedHandOver pages;
  private final ProcessDefinitionReader reader;

  public DeployedDefinitionRegistrar(
      ProcessEngine processEngine, CollectorSettings settings, int pageSize) {
    this.pages = new PagedHandOver(processEngine, settings, pageSize);
    this.reader = new ProcessDefinitionReader(settings.applicationName(), pages.engine());
  }

  /** Reports every deployed process definition; returns how many it reported. */
  public int registerDeployedDefinitions() {
    int reported =
        pages.handOver(
            (context, first) -> read(first),
            transaction -> transaction.processDefinitions().size());
    LOG.info("Registered the {} deployed process definitions with the taskpool", reported);
    return reported;
  }

  private Page read(int first) {
    List<ProcessDefinition> definitions =
        pages
            .engine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .orderByProcessDefinitionId()
            .asc()
            .listPage(first, pages.pageSize());
    List<RegisterProcessDefinitionCommand> registrations = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      registrations.add(reader.read(definition.getId()));
    }
    return new Page(definitions.size(), new EngineTransaction(registrations, List.of(), List.of()));
  }
}
