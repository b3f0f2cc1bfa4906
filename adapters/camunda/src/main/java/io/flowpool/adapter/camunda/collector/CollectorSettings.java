package io.flowpool.adapter.camunda.collector;

import io.flowpool.adapter.camunda.enrichment.TaskEnricher;
import io.flowpool.adapter.camunda.enrichment.TypedValues;
import io.flowpool.common.api.Values;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the collector needs from the application.
 *
 * @param taskpool looked up when the first transaction is handed over, so that the taskpool may
 *     itself depend on the engine
 * @param transactionManager the engine's transaction manager
 * @param startup until it is over, committed engine transactions are held back
 */
public record CollectorSettings(
    String applicationName,
    boolean sendWithinTransaction,
    TaskEnricher enricher,
    TypedValues values,
    Supplier<SubmitEngineTransactionUseCase> taskpool,
    PlatformTransactionManager transactionManager,
    CollectorStartup startup) {

  public CollectorSettings {
    Values.requireText(applicationName, "applicationName");
    Values.require(enricher, "enricher");
    Values.require(values, "values");
    Values.require(taskpool, "taskpool");
    Values.require(transactionManager, "transactionManager");
    Values.require(startup, "startup");
  }
}
