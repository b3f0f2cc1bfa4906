package io.flowpool.adapter.amqp.enginecommand;

import io.flowpool.adapter.amqp.config.ApplicationName;
import io.flowpool.taskpool.port.out.TaskpoolCommandDispatcher;
import io.flowpool.view.port.out.TaskInteractionGateway;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Engine commands over RabbitMQ. The platform gets the {@link AmqpTaskInteractionGateway} when
 * {@code flowpool.amqp.engine-commands.gateway.enabled=true}; a process application (a context with
 * a {@link TaskpoolCommandDispatcher}) consumes its own queue unless {@code
 * flowpool.amqp.engine-commands.listener.enabled=false}. Exchange, queue and binding are declared
 * idempotently by Spring's RabbitAdmin.
 */
@AutoConfiguration(
    after = RabbitAutoConfiguration.class,
    afterName = "io.flowpool.adapter.axon.config.FlowpoolAxonAutoConfiguration")
@ConditionalOnClass(SimpleMessageListenerContainer.class)
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(EngineCommandProperties.class)
public class AmqpEngineCommandsAutoConfiguration {

  private static final String PREFIX = "flowpool.amqp.engine-commands";

  @Bean
  @ConditionalOnMissingBean
  EngineCommandCodec engineCommandCodec() {
    return new EngineCommandCodec();
  }

  /** Platform side. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = PREFIX, name = "gateway.enabled", havingValue = "true")
  static class GatewayConfiguration {

    @Bean
    Declarables flowpoolEngineCommandExchange(EngineCommandProperties properties) {
      return new Declarables(exchange(properties));
    }

    @Bean
    @ConditionalOnMissingBean(TaskInteractionGateway.class)
    AmqpTaskInteractionGateway amqpTaskInteractionGateway(
        ConnectionFactory connectionFactory,
        EngineCommandCodec codec,
        EngineCommandProperties properties) {
      return new AmqpTaskInteractionGateway(
          ownConnectionFactory(connectionFactory),
          codec,
          properties.getExchange(),
          properties.getReplyTimeout());
    }

    /**
     * Requests need publisher returns (to learn that no application has the name); a connection of
     * their own keeps that setting away from the application's other publishers.
     */
    private static CachingConnectionFactory ownConnectionFactory(ConnectionFactory shared) {
      if (!(shared instanceof AbstractConnectionFactory configured)) {
        throw new EngineCommandSetupException(
            "The engine-command gateway copies the broker settings of a Spring AMQP"
                + " AbstractConnectionFactory; found "
                + shared.getClass().getName());
      }
      CachingConnectionFactory own =
          new CachingConnectionFactory(configured.getRabbitConnectionFactory());
      own.setConnectionNameStrategy(factory -> "flowpool-engine-commands");
      return own;
    }
  }

  /** Process application side. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(
      prefix = PREFIX,
      name = "listener.enabled",
      havingValue = "true",
      matchIfMissing = true)
  @ConditionalOnBean(TaskpoolCommandDispatcher.class)
  static class ListenerConfiguration {

    @Bean
    Declarables flowpoolEngineCommandQueue(
        EngineCommandProperties properties, Environment environment) {
      String application = applicationName(environment);
      DirectExchange exchange = exchange(properties);
      Queue queue =
          QueueBuilder.durable(properties.queueFor(application))
              .quorum()
              .deliveryLimit(properties.getDeliveryLimit())
              .build();
      return new Declarables(
          exchange, queue, BindingBuilder.bind(queue).to(exchange).with(application));
    }

    @Bean
    SimpleMessageListenerContainer flowpoolEngineCommandListenerContainer(
        ConnectionFactory connectionFactory,
        TaskpoolCommandDispatcher dispatcher,
        EngineCommandCodec codec,
        EngineCommandProperties properties,
        Environment environment) {
      String application = applicationName(environment);
      SimpleMessageListenerContainer container =
          new SimpleMessageListenerContainer(connectionFactory);
      container.setQueueNames(properties.queueFor(application));
      container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
      // One command at a time per consumer: a prefetched command would outlive its expiration
      // in the client's buffer instead of being dropped by the broker.
      container.setPrefetchCount(1);
      container.setConcurrentConsumers(properties.getListener().getConcurrency());
      container.setMessageListener(new EngineCommandListener(dispatcher, codec, application));
      return container;
    }
  }

  private static DirectExchange exchange(EngineCommandProperties properties) {
    return new DirectExchange(properties.getExchange(), true, false);
  }

  /** flowpool.application-name, else spring.application.name: the name tasks are routed by. */
  static String applicationName(Environment environment) {
    return ApplicationName.of(environment)
        .orElseThrow(
            () ->
                new EngineCommandSetupException(
                    "Engine commands are routed by application name: set flowpool.application-name"
                        + " or spring.application.name (or"
                        + " flowpool.amqp.engine-commands.listener.enabled=false)."));
  }
}
