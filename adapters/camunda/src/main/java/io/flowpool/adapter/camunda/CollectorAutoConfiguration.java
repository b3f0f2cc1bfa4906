package io.flowpool.adapter.camunda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.adapter.camunda.collector.CollectorSettings;
import io.flowpool.adapter.camunda.collector.CollectorSetupException;
import io.flowpool.adapter.camunda.collector.CollectorStartup;
import io.flowpool.adapter.camunda.collector.DeployedDefinitionRegistrar;
import io.flowpool.adapter.camunda.collector.ExistingTaskImporter;
import io.flowpool.adapter.camunda.collector.FlowpoolEnginePlugin;
import io.flowpool.adapter.camunda.enrichment.TypedValues;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The collector: an engine plugin (picked up by the Camunda starter) that reports every engine
 * transaction to the taskpool's {@link SubmitEngineTransactionUseCase}, which the application
 * provides; and the importer of existing tasks.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@ConditionalOnClass(ProcessEngine.class)
@ConditionalOnProperty(
    prefix = "flowpool.collector",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties({
  FlowpoolApplicationProperties.class,
  FlowpoolCollectorProperties.class
})
public class CollectorAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CollectorAutoConfiguration.class);

  @Bean
  CollectorSettings flowpoolCollectorSettings(
      FlowpoolApplicationProperties application,
      FlowpoolCollectorProperties collector,
      Environment environment,
      ObjectProvider<SubmitEngineTransactionUseCase> taskpool,
      ObjectProvider<ObjectMapper> objectMapper,
      PlatformTransactionManager transactionManager,
      CollectorStartup startup) {
    TypedValues values = new TypedValues(objectMapper.getIfAvailable(ObjectMapper::new));
    return new CollectorSettings(
        application.resolveApplicationName(environment),
        collector.isSendWithinTransaction(),
        EnricherSettings.enricher(collector, values),
        values,
        resolvedOnce(taskpool),
        transactionManager,
        startup);
  }

  @Bean
  CollectorStartup flowpoolCollectorStartup() {
    return new CollectorStartup();
  }

  /**
   * Once every lifecycle bean has started (the taskpool's command handlers among them), what the
   * engine committed before, e.g. the auto-deployment of the application's models, is handed over.
   */
  @Bean
  ApplicationListener<ContextRefreshedEvent> flowpoolCollectorStarted(CollectorStartup startup) {
    return refreshed -> startup.started();
  }

  @Bean
  FlowpoolEnginePlugin flowpoolEnginePlugin(CollectorSettings settings) {
    return new FlowpoolEnginePlugin(settings);
  }

  @Bean
  ExistingTaskImporter flowpoolExistingTaskImporter(
      ProcessEngine processEngine,
      CollectorSettings settings,
      FlowpoolCollectorProperties collector) {
    return new ExistingTaskImporter(processEngine, settings, collector.getImportPageSize());
  }

  @Bean
  @ConditionalOnProperty(prefix = "flowpool.collector", name = "import-on-startup")
  ApplicationListener<ApplicationReadyEvent> flowpoolImportOnStartup(
      ExistingTaskImporter importer) {
    return ready -> importer.importActiveTasks();
  }

  @Bean
  DeployedDefinitionRegistrar flowpoolDeployedDefinitionRegistrar(
      ProcessEngine processEngine,
      CollectorSettings settings,
      FlowpoolCollectorProperties collector) {
    return new DeployedDefinitionRegistrar(processEngine, settings, collector.getImportPageSize());
  }

  @Bean
  @ConditionalOnProperty(
      prefix = "flowpool.collector",
      name = "register-definitions-on-startup",
      havingValue = "true",
      matchIfMissing = true)
  ApplicationListener<ApplicationReadyEvent> flowpoolRegisterDefinitionsOnStartup(
      DeployedDefinitionRegistrar registrar) {
    return ready -> {
      try {
        registrar.registerDeployedDefinitions();
      } catch (RuntimeException e) {
        // a repair, not a condition of running: the engine works on, the next start tries again
        LOG.error(
            "Could not register the deployed process definitions with the taskpool at start-up", e);
      }
    };
  }

  /**
   * Looked up when the first transaction is handed over (the taskpool may depend on the engine),
   * and then kept: a bean lookup per engine transaction costs measurably.
   */
  private static Supplier<SubmitEngineTransactionUseCase> resolvedOnce(
      ObjectProvider<SubmitEngineTransactionUseCase> taskpool) {
    AtomicReference<SubmitEngineTransactionUseCase> resolved = new AtomicReference<>();
    return () -> {
      SubmitEngineTransactionUseCase useCase = resolved.get();
      if (useCase == null) {
        useCase = requireTaskpool(taskpool);
        resolved.set(useCase);
      }
      return useCase;
    };
  }

  private static SubmitEngineTransactionUseCase requireTaskpool(
      ObjectProvider<SubmitEngineTransactionUseCase> taskpool) {
    SubmitEngineTransactionUseCase useCase = taskpool.getIfAvailable();
    if (useCase == null) {
      throw new CollectorSetupException(
          "Flowpool's collector hands engine transactions to a SubmitEngineTransactionUseCase"
              + " bean, and there is none: add the taskpool to this application, or switch the"
              + " collector off with flowpool.collector.enabled=false.");
    }
    return useCase;
  }
}
