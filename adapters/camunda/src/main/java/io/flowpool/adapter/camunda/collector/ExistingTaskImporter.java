package io.flowpool.adapter.camunda.collector;

import io.flowpool.adapter.camunda.collector.PagedHandOver.Page;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the tasks that already exist in the engine (e.g. from before Flowpool was installed) as
 * creations, one transaction per page. Safe to repeat: the taskpool treats a creation of a known
 * active task as a refresh and never brings back a task that was completed or deleted.
 */
public class ExistingTaskImporter {

  private static final Logger LOG = LoggerFactory.getLogger(ExistingTaskImporter.class);

  private final PagedHandOver pages;
  private final TaskSnapshots snapshots;
  private final TaskCommandAssembler assembler;

  public ExistingTaskImporter(
      ProcessEngine processEngine, CollectorSettings settings, int pageSize) {
    this.pages = new PagedHandOver(processEngine, settings, pageSize);
    SourceReferences sources = new SourceReferences(settings.applicationName(), pages.engine());
    this.snapshots = new TaskSnapshots(sources);
    this.assembler = new TaskCommandAssembler(settings.enricher(), sources);
  }

  /** Reports every task of a process instance, in pages; returns how many tasks it reported. */
  public int importActiveTasks() {
    int reported = pages.handOver(this::read, transaction -> transaction.taskCommands().size());
    LOG.info("Imported {} existing tasks into the taskpool", reported);
    return reported;
  }

  private Page read(CommandContext context, int first) {
    List<Task> tasks =
        pages
            .engine()
            .getTaskService()
            .createTaskQuery()
            .orderByTaskCreateTime()
            .asc()
            .orderByTaskId()
            .asc()
            .listPage(first, pages.pageSize());
    List<EngineTaskCommand> creations = new ArrayList<>();
    for (Task task : tasks) {
      if (task instanceof TaskEntity entity && entity.getProcessInstanceId() != null) {
        creations.add(assembler.create(context, snapshots.created(entity)));
      }
    }
    return new Page(tasks.size(), EngineTransaction.ofTasks(creations));
  }
}
