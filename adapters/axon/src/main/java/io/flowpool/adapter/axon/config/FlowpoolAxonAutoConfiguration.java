package io.flowpool.adapter.axon.config;

import io.flowpool.adapter.axon.aggregate.DataEntryAggregate;
import io.flowpool.adapter.axon.aggregate.ProcessDefinitionAggregate;
import io.flowpool.adapter.axon.aggregate.ProcessInstanceAggregate;
import io.flowpool.adapter.axon.aggregate.TaskAggregate;
import io.flowpool.adapter.axon.dispatch.AfterCommitDataEntryCommandDispatcher;
import io.flowpool.adapter.axon.dispatch.AxonDataEntryCommandDispatcher;
import io.flowpool.adapter.axon.dispatch.AxonTaskpoolCommandDispatcher;
import io.flowpool.adapter.axon.dispatch.DomainCommandGateway;
import io.flowpool.adapter.axon.dispatch.UnitOfWorkEngineTransactions;
import io.flowpool.adapter.axon.eventstore.AxonFlywayLocation;
import io.flowpool.adapter.axon.interaction.TaskInteractionEventForwarder;
import io.flowpool.adapter.axon.routing.DomainCommandTargetResolver;
import io.flowpool.adapter.axon.serialization.DomainEventRevisions;
import io.flowpool.adapter.axon.serialization.DomainRecordsModule;
import io.flowpool.datapool.model.DataEntryDecider;
import io.flowpool.datapool.port.in.SendDataEntryUseCase;
import io.flowpool.datapool.port.out.DataEntryCommandDispatcher;
import io.flowpool.datapool.usecase.SendDataEntryService;
import io.flowpool.taskpool.model.ProcessDefinitionDecider;
import io.flowpool.taskpool.model.ProcessInstanceDecider;
import io.flowpool.taskpool.model.TaskDecider;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import io.flowpool.taskpool.usecase.SubmitEngineTransactionService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the domain deciders into Axon: the aggregate shells, command routing, event revisions, the
 * command dispatchers behind the domain's ports, and the forwarder that hands accepted task
 * interactions to the engine client. The event store is Axon's JPA engine on the application's
 * DataSource and transaction manager; its tables come from Flyway ({@value
 * AxonFlywayLocation#LOCATION}).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(FlowpoolDatapoolProperties.class)
@Import({
  TaskAggregate.class,
  ProcessDefinitionAggregate.class,
  ProcessInstanceAggregate.class,
  DataEntryAggregate.class
})
public class FlowpoolAxonAutoConfiguration {

  @Bean(DomainCommandTargetResolver.BEAN_NAME)
  DomainCommandTargetResolver flowpoolCommandTargetResolver() {
    return new DomainCommandTargetResolver();
  }

  /** Replaces Axon's annotation-based resolver: domain events carry no annotations. */
  @Bean
  @ConditionalOnMissingBean(RevisionResolver.class)
  RevisionResolver revisionResolver() {
    return new DomainEventRevisions();
  }

  /** Registered by Spring Boot in its ObjectMapper, which Axon's Jackson serializers use. */
  @Bean
  DomainRecordsModule flowpoolDomainRecordsModule() {
    return new DomainRecordsModule();
  }

  @Bean
  @ConditionalOnMissingBean
  TaskDecider taskDecider() {
    return new TaskDecider();
  }

  @Bean
  @ConditionalOnMissingBean
  ProcessDefinitionDecider processDefinitionDecider() {
    return new ProcessDefinitionDecider();
  }

  @Bean
  @ConditionalOnMissingBean
  ProcessInstanceDecider processInstanceDecider() {
    return new ProcessInstanceDecider();
  }

  @Bean
  @ConditionalOnMissingBean
  DataEntryDecider dataEntryDecider(FlowpoolDatapoolProperties properties) {
    return new DataEntryDecider(properties.deletionStrategy());
  }

  @Bean
  @ConditionalOnMissingBean
  DomainCommandGateway domainCommandGateway(
      CommandGateway commandGateway, ObjectProvider<PlatformTransactionManager> transactions) {
    return new DomainCommandGateway(commandGateway, transactions.getIfAvailable());
  }

  @Bean
  @ConditionalOnMissingBean(TaskpoolCommandDispatcher.class)
  AxonTaskpoolCommandDispatcher taskpoolCommandDispatcher(DomainCommandGateway gateway) {
    return new AxonTaskpoolCommandDispatcher(gateway);
  }

  @Bean
  @ConditionalOnMissingBean(DataEntryCommandDispatcher.class)
  DataEntryCommandDispatcher dataEntryCommandDispatcher(
      DomainCommandGateway gateway,
      FlowpoolDatapoolProperties properties,
      ObjectProvider<PlatformTransactionManager> transactionManager) {
    DataEntryCommandDispatcher direct = new AxonDataEntryCommandDispatcher(gateway);
    if (!properties.sender().sendAfterCommit()) {
      return direct;
    }
    return new AfterCommitDataEntryCommandDispatcher(direct, transactionManager.getObject());
  }

  @Bean
  @ConditionalOnMissingBean(SubmitEngineTransactionUseCase.class)
  UnitOfWorkEngineTransactions submitEngineTransactionUseCase(
      TaskpoolCommandDispatcher dispatcher,
      ObjectProvider<PlatformTransactionManager> transactions) {
    return new UnitOfWorkEngineTransactions(
        new SubmitEngineTransactionService(dispatcher), transactions.getIfAvailable());
  }

  @Bean
  @ConditionalOnMissingBean(SendDataEntryUseCase.class)
  SendDataEntryService sendDataEntryUseCase(DataEntryCommandDispatcher dispatcher) {
    return new SendDataEntryService(dispatcher);
  }

  @Bean
  TaskInteractionEventForwarder taskInteractionEventForwarder(
      ObjectProvider<ApplyTaskInteractionUseCase> engineClient) {
    return new TaskInteractionEventForwarder(engineClient);
  }

  /**
   * The forwarder runs in the command's unit of work, and an engine's refusal fails the command
   * (Axon's default would log the error and carry on).
   */
  @Bean
  ConfigurerModule taskInteractionProcessing() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerSubscribingEventProcessor(TaskInteractionEventForwarder.PROCESSING_GROUP)
            .registerListenerInvocationErrorHandler(
                TaskInteractionEventForwarder.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.INSTANCE);
  }

  @Bean
  EntityManagerFactoryBuilderCustomizer axonOrmMapping() {
    return new AxonOrmMapping();
  }

  /** Only where the application migrates with Flyway. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Flyway.class)
  static class FlywayLocationConfiguration {

    @Bean
    AxonFlywayLocation axonFlywayLocation() {
      return new AxonFlywayLocation();
    }
  }
}
