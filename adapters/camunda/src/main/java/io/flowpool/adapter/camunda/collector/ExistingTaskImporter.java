package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports the tasks that already exist in the engine (e.g. from before Flowpool was installed) as
 * creations, one transaction per page. Safe to repeat: the taskpool treats a creation of a known
 * active task as a refresh and never brings back a task that was completed or deleted.
 */
public class ExistingTaskImporter {

  private static final Logger LOG = LoggerFactory.getLogger(ExistingTaskImporter.class);

  private record Page(int tasksRead, EngineTransaction transaction) {}

  private final ProcessEngineConfigurationImpl engine;
  private final CollectorSettings settings;
  private final TaskSnapshots snapshots;
  private final TaskCommandAssembler assembler;
  private final TransactionTemplate transactions;
  private final int pageSize;

  public ExistingTaskImporter(
      ProcessEngine processEngine, CollectorSettings settings, int pageSize) {
    if (pageSize < 1) {
      throw new CollectorSetupException("the import page size must be positive, not " + pageSize);
    }
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.settings = settings;
    SourceReferences sources = new SourceReferences(settings.applicationName(), engine);
    this.snapshots = new TaskSnapshots(sources);
    this.assembler = new TaskCommandAssembler(settings.enricher(), sources);
    this.transactions = new TransactionTemplate(settings.transactionManager());
    this.pageSize = pageSize;
  }

  /** Reports every task of a process instance, in pages; returns how many tasks it reported. */
  public int importActiveTasks() {
    int reported = 0;
    for (int first = 0; ; first += pageSize) {
      int from = first;
      Page page = transactions.execute(status -> importPage(from));
      reported += page.transaction().taskCommands().size();
      if (page.tasksRead() < pageSize) {
        LOG.info("Imported {} existing tasks into the taskpool", reported);
        return reported;
      }
    }
  }

  private Page importPage(int first) {
    Page page = engine.getCommandExecutorTxRequired().execute(context -> read(context, first));
    if (!page.transaction().isEmpty()) {
      settings.taskpool().get().submit(page.transaction());
    }
    return page;
  }

  private Page read(CommandContext context, int first) {
    // the import reports every task, whoever is logged in
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .orderByTaskCreateTime()
            .asc()
            .orderByTaskId()
            .asc()
            .listPage(first, pageSize);
    List<EngineTaskCommand> creations = new ArrayList<>();
    for (Task task : tasks) {
      if (task instanceof TaskEntity entity && entity.getProcessInstanceId() != null) {
        creations.add(assembler.create(context, snapshots.created(entity)));
      }
    }
    return new Page(tasks.size(), EngineTransaction.ofTasks(creations));
  }
}
