package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.port.in.EngineTransaction;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands what the engine already holds (existing tasks, deployed definitions) to the taskpool page
 * by page: each page is read in an engine command, whoever is logged in, and submitted in a
 * transaction of its own, until a page comes back short.
 */
final class PagedHandOver {

  /** What one page read: how many engine objects, and the transaction that reports them. */
  record Page(int read, EngineTransaction transaction) {}

  private final ProcessEngineConfigurationImpl engine;
  private final CollectorSettings settings;
  private final TransactionTemplate transactions;
  private final int pageSize;

  PagedHandOver(ProcessEngine processEngine, CollectorSettings settings, int pageSize) {
    if (pageSize < 1) {
      throw new CollectorSetupException("the page size must be positive, not " + pageSize);
    }
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    this.settings = settings;
    this.transactions = new TransactionTemplate(settings.transactionManager());
    this.pageSize = pageSize;
  }

  ProcessEngineConfigurationImpl engine() {
    return engine;
  }

  int pageSize() {
    return pageSize;
  }

  /**
   * Reads and submits every page; {@code read} gets the command context and the index of the page's
   * first object. Returns the sum of {@code counted} over the submitted transactions.
   */
  int handOver(
      BiFunction<CommandContext, Integer, Page> read, ToIntFunction<EngineTransaction> counted) {
    int reported = 0;
    for (int first = 0; ; first += pageSize) {
      int from = first;
      Page page = transactions.execute(status -> handOverPage(read, from));
      reported += counted.applyAsInt(page.transaction());
      if (page.read() < pageSize) {
        return reported;
      }
    }
  }

  private Page handOverPage(BiFunction<CommandContext, Integer, Page> read, int first) {
    Page page =
        engine
            .getCommandExecutorTxRequired()
            .execute(
                context -> {
                  context.disableAuthorizationCheck();
                  context.disableTenantCheck();
                  return read.apply(context, first);
                });
    if (!page.transaction().isEmpty()) {
      settings.taskpool().get().submit(page.transaction());
    }
    return page;
  }
}
