package io.flowpool.adapter.axon.config;

import io.flowpool.adapter.axon.eventstore.CommitNotifyingEventStore;
import io.flowpool.adapter.axon.eventstore.SnapshotFreeJpaEventStorageEngine;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The event store and its storage engine: Axon's embedded store and JPA engine, configured as
 * Axon's own auto-configuration would, but with cheaper appends and aggregate loads (plain JDBC, no
 * snapshot read; see {@link SnapshotFreeJpaEventStorageEngine}) and waking the streaming processors
 * only after the database commit (see {@link CommitNotifyingEventStore}), with the event store's
 * entities registered as Axon's would. Backs off where the application defines its own engine,
 * event bus or event store.
 */
@AutoConfiguration(
    after = HibernateJpaAutoConfiguration.class,
    before = {JpaEventStoreAutoConfiguration.class, AxonAutoConfiguration.class})
@ConditionalOnBean(EntityManagerFactory.class)
@ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class FlowpoolEventStoreAutoConfiguration {

  /** Axon's embedded store, waking the processors after the database commit (see the class). */
  @Bean
  EventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
    return new CommitNotifyingEventStore(
        EmbeddedEventStore.builder()
            .storageEngine(storageEngine)
            .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
            .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer defaultSerializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Configuration configuration,
      EntityManagerProvider entityManagerProvider,
      TransactionManager transactionManager) {
    return SnapshotFreeJpaEventStorageEngine.builder()
        .snapshotSerializer(defaultSerializer)
        .upcasterChain(configuration.upcasterChain())
        .persistenceExceptionResolver(persistenceExceptionResolver)
        .eventSerializer(eventSerializer)
        .snapshotFilter(configuration.snapshotFilter())
        .entityManagerProvider(entityManagerProvider)
        .transactionManager(transactionManager)
        .build();
  }
}
