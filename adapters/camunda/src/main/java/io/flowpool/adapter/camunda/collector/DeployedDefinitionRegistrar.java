package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers every process definition the engine has deployed, one transaction per page. Safe to
 * repeat: a registration with unchanged content records nothing. Run at start-up it closes a gap:
 * what the engine commits while the application starts (its models' auto-deployment) is handed over
 * only once the application is ready, so a process killed in between would never report those
 * definitions, and the next start finds the deployment unchanged and deploys nothing.
 */
public class DeployedDefinitionRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedDefinitionRegistrar.class);

  private record Page(int definitionsRead, EngineTransaction transaction) {}

  private final ProcessEngineConfigurationImpl engine;
  private final CollectorSettings settings;
  private final ProcessDefinitionReader reader;
  private final TransactionTemplate transactions;
  private final int pageSize;

  public DeployedDefinitionRegistrar(
      ProcessEngine processEngine, CollectorSettings settings, int pageSize) {
    if (pageSize < 1) {
      throw new CollectorSetupException("the page size must be positive, not " + pageSize);
    }
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.settings = settings;
    this.reader = new ProcessDefinitionReader(settings.applicationName(), engine);
    this.transactions = new TransactionTemplate(settings.transactionManager());
    this.pageSize = pageSize;
  }

  /** Reports every deployed process definition; returns how many it reported. */
  public int registerDeployedDefinitions() {
    int reported = 0;
    for (int first = 0; ; first += pageSize) {
      int from = first;
      Page page = transactions.execute(status -> registerPage(from));
      reported += page.transaction().processDefinitions().size();
      if (page.definitionsRead() < pageSize) {
        LOG.info("Registered the {} deployed process definitions with the taskpool", reported);
        return reported;
      }
    }
  }

  private Page registerPage(int first) {
    Page page = engine.getCommandExecutorTxRequired().execute(context -> read(context, first));
    if (!page.transaction().isEmpty()) {
      settings.taskpool().get().submit(page.transaction());
    }
    return page;
  }

  private Page read(CommandContext context, int first) {
    // every definition, whoever is logged in
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    List<ProcessDefinition> definitions =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .orderByProcessDefinitionId()
            .asc()
            .listPage(first, pageSize);
    List<RegisterProcessDefinitionCommand> registrations = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      registrations.add(reader.read(definition.getId()));
    }
    return new Page(definitions.size(), new EngineTransaction(registrations, List.of(), List.of()));
  }
}
