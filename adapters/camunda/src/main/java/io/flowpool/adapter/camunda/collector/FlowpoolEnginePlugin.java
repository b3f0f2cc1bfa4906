package io.flowpool.adapter.camunda.collector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Installs the collector in the engine: the parse listener that gives every user task the
 * collector's task listener, the history event handler, the deployer that sees new process
 * definitions and the command interceptor that assembles what a command reported when it is done.
 * Refuses to start when the history level hides events the collector needs.
 */
public class FlowpoolEnginePlugin extends AbstractProcessEnginePlugin {

  private static final List<HistoryEventTypes> NEEDED_HISTORY =
      List.of(
          HistoryEventTypes.IDENTITY_LINK_ADD,
          HistoryEventTypes.IDENTITY_LINK_DELETE,
          HistoryEventTypes.PROCESS_INSTANCE_START,
          HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
          HistoryEventTypes.PROCESS_INSTANCE_END,
          HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
          HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

  private final CollectorSettings settings;

  public FlowpoolEnginePlugin(CollectorSettings settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    SourceReferences sources = new SourceReferences(settings.applicationName(), engine);
    EngineTransactionHandOver handOver =
        new EngineTransactionHandOver(
            engine, assembler(settings, engine, sources), settings.taskpool());
    TransactionBoundFacts facts =
        new TransactionBoundFacts(
            handOver,
            settings.sendWithinTransaction(),
            settings.startup(),
            settings.transactionManager());
    List<AssembleAfterCommand> assembleAfterCommand = AssembleAfterCommand.forExecutors(facts, 2);
    add(
        engine::getCustomPostCommandInterceptorsTxRequired,
        engine::setCustomPostCommandInterceptorsTxRequired,
        assembleAfterCommand.get(0));
    add(
        engine::getCustomPostCommandInterceptorsTxRequiresNew,
        engine::setCustomPostCommandInterceptorsTxRequiresNew,
        assembleAfterCommand.get(1));
    TaskEventListener taskListener = new TaskEventListener(facts, new TaskSnapshots(sources));
    add(
        engine::getCustomPostBPMNParseListeners,
        engine::setCustomPostBPMNParseListeners,
        new UserTaskParseListener(taskListener));
    add(
        engine::getCustomHistoryEventHandlers,
        engine::setCustomHistoryEventHandlers,
        new HistoryEventCollector(
            facts,
            new ProcessInstanceFacts(sources),
            new VariableFacts(sources, engine, settings.values())));
    add(
        engine::getCustomPostDeployers,
        engine::setCustomPostDeployers,
        new DeploymentCollector(facts));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    HistoryLevel level =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getHistoryLevel();
    List<String> missing =
        NEEDED_HISTORY.stream()
            .filter(type -> !level.isHistoryEventProduced(type, null))
            .map(type -> type.getEntityType() + " " + type.getEventName())
            .toList();
    if (!missing.isEmpty()) {
      throw new CollectorSetupException(
          "Flowpool's collector takes assignees, candidates, process instances and variables"
              + " from the engine's history, but history level '"
              + level.getName()
              + "' does not produce "
              + missing
              + ". Set camunda.bpm.history-level=full, or switch the collector off with"
              + " flowpool.collector.enabled=false.");
    }
  }

  static EngineTransactionAssembler assembler(
      CollectorSettings settings, ProcessEngineConfigurationImpl engine, SourceReferences sources) {
    return new EngineTransactionAssembler(
        new ProcessDefinitionReader(settings.applicationName(), engine),
        new TaskCommandAssembler(settings.enricher(), sources));
  }

  private static <T> void add(Supplier<List<T>> getter, Consumer<List<T>> setter, T element) {
    List<T> list = getter.get();
    if (list == null) {
      list = new ArrayList<>();
      setter.accept(list);
    }
    list.add(element);
  }
}
