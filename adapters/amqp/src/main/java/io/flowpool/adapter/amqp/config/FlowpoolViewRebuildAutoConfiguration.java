package io.flowpool.adapter.amqp.config;

import io.flowpool.adapter.amqp.outbox.OutboxReplay;
import io.flowpool.adapter.amqp.rebuild.ViewRebuildEndpoint;
import io.flowpool.adapter.amqp.rebuild.ViewRebuildHandOn;
import io.flowpool.adapter.amqp.rebuild.ViewRebuildListener;
import io.flowpool.adapter.amqp.rebuild.ViewRebuildOutcomes;
import io.flowpool.adapter.amqp.rebuild.ViewRebuildRequester;
import io.flowpool.adapter.amqp.rebuild.ViewRebuildTopology;
import io.flowpool.view.port.in.ProjectEventUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * View rebuild: a platform node (where the view's projection exists) asks on a fanout exchange; a
 * process application (where the outbox runs) answers from its own queue by replaying its outbox.
 */
@AutoConfiguration(
    after = {FlowpoolAmqpAutoConfiguration.class, FlowpoolOutboxAutoConfiguration.class})
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnProperty(
    name = "flowpool.amqp.rebuild.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class FlowpoolViewRebuildAutoConfiguration {

  @Bean
  ViewRebuildTopology flowpoolViewRebuildTopology(FlowpoolAmqpProperties properties) {
    return new ViewRebuildTopology(properties.getRebuild().getExchange());
  }

  /** Platform side. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(ProjectEventUseCase.class)
  static class RequesterConfiguration {

    @Bean
    @ConditionalOnProperty(
        name = "flowpool.amqp.declare-topology",
        havingValue = "true",
        matchIfMissing = true)
    Declarables flowpoolViewRebuildExchange(ViewRebuildTopology topology) {
      return topology.exchangeOnly();
    }

    @Bean
    ViewRebuildRequester flowpoolViewRebuildRequester(
        ConnectionFactory connectionFactory,
        ViewRebuildTopology topology,
        FlowpoolAmqpProperties properties,
        Environment environment) {
      RabbitTemplate template = new RabbitTemplate(connectionFactory);
      // a publish that RabbitMQ blocks (memory or disk alarm) must not block the platform's main
      // connection, on which the view consumer acknowledges
      template.setUsePublisherConnection(true);
      return new ViewRebuildRequester(
          template,
          topology.exchange(),
          ApplicationName.of(environment).orElse("platform") + "@" + hostName(),
          properties.getOutbox().getConfirmTimeout(),
          Clock.systemUTC());
    }

    private static String hostName() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        return "unknown-host";
      }
    }

    /** Exposed where the application has Spring Boot Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class EndpointConfiguration {

      @Bean
      ViewRebuildEndpoint flowpoolViewRebuildEndpoint(ViewRebuildRequester requester) {
        return new ViewRebuildEndpoint(requester);
      }
    }
  }

  /** Process application side: wherever the outbox runs. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(OutboxReplay.class)
  static class ListenerConfiguration {

    /**
     * Queue and binding are the application's own (the definitions file cannot know the names), so
     * they are declared even where an operator owns the rest of the topology; the exchange is
     * declared with them (idempotent) so that the binding never points at a missing exchange.
     */
    @Bean
    Declarables flowpoolViewRebuildQueue(ViewRebuildTopology topology, Environment environment) {
      return topology.forApplication(applicationName(environment));
    }

    @Bean
    ViewRebuildOutcomes flowpoolViewRebuildOutcomes(ObjectProvider<MeterRegistry> meterRegistry) {
      return new ViewRebuildOutcomes(Meters.registry(meterRegistry));
    }

    @Bean
    SimpleMessageListenerContainer flowpoolViewRebuildListenerContainer(
        ConnectionFactory connectionFactory,
        ViewRebuildTopology topology,
        OutboxReplay replay,
        ViewRebuildOutcomes outcomes,
        FlowpoolAmqpProperties properties,
        Environment environment) {
      String queue = topology.queueFor(applicationName(environment));
      FlowpoolAmqpProperties.Rebuild rebuild = properties.getRebuild();
      RabbitTemplate handOnTemplate = new RabbitTemplate(connectionFactory);
      // RabbitMQ blocks a connection that publishes while it is short of memory or disk: on the
      // application's main connection that would hold up its consumers (engine commands) too.
      handOnTemplate.setUsePublisherConnection(true);
      ViewRebuildHandOn handOn =
          new ViewRebuildHandOn(
              handOnTemplate,
              properties.getOutbox().getConfirmTimeout(),
              queue,
              rebuild.getHandOnPause(),
              rebuild.getHandOnLimit(),
              outcomes);
      SimpleMessageListenerContainer container =
          new SimpleMessageListenerContainer(connectionFactory);
      container.setQueueNames(queue);
      // Acked once the replay started or the request was handed on to the replica holding the
      // outbox's claim; a failed reset or hand-on goes back (the queue has a delivery limit, the
      // listener logs and counts the failure on the last delivery).
      container.setAcknowledgeMode(AcknowledgeMode.AUTO);
      container.setPrefetchCount(1);
      container.setConcurrentConsumers(1);
      container.setMessageListener(new ViewRebuildListener(replay, handOn, outcomes));
      return container;
    }

    private static String applicationName(Environment environment) {
      return ApplicationName.of(environment)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "View-rebuild requests are queued per process application: set"
                          + " flowpool.application-name or spring.application.name (or"
                          + " flowpool.amqp.rebuild.enabled=false)."));
    }
  }
}
