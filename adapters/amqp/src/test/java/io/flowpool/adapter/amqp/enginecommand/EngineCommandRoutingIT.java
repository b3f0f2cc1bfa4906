package io.flowpool.adapter.amqp.enginecommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.view.port.out.TaskInteractionGateway;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.amqp.RabbitAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A platform and two process applications (A and B) in one JVM, talking over the machine's RabbitMQ
 * with names of their own.
 */
class EngineCommandRoutingIT {

  private static final Duration TIMEOUT = Duration.ofMillis(1500);

  private static final String RUN = EngineCommandTestBroker.unique("it");
  private static final String EXCHANGE = "flowpool.engine-commands." + RUN;
  private static final String QUEUE_PREFIX = "flowpool.engine-commands." + RUN;
  private static final String APP_A = "app-a";
  private static final String APP_B = "app-b";

  private static ConfigurableApplicationContext platform;
  private static ConfigurableApplicationContext applicationA;
  private static ConfigurableApplicationContext applicationB;

  private static TaskInteractionGateway gateway;
  private static RecordingTaskpoolCommandDispatcher engineA;
  private static RecordingTaskpoolCommandDispatcher engineB;

  @BeforeAll
  static void start() {
    applicationA = start(ProcessApplication.class, Map.of("spring.application.name", APP_A));
    applicationB = start(ProcessApplication.class, Map.of("flowpool.application-name", APP_B));
    platform =
        start(Platform.class, Map.of("flowpool.amqp.engine-commands.gateway.enabled", "true"));
    gateway = platform.getBean(TaskInteractionGateway.class);
    engineA = applicationA.getBean(RecordingTaskpoolCommandDispatcher.class);
    engineB = applicationB.getBean(RecordingTaskpoolCommandDispatcher.class);
  }

  @AfterAll
  static void stop() {
    close(applicationA);
    close(applicationB);
    if (platform != null) {
      RabbitAdmin admin = new RabbitAdmin(platform.getBean(ConnectionFactory.class));
      admin.deleteQueue(QUEUE_PREFIX + "." + APP_A);
      admin.deleteQueue(QUEUE_PREFIX + "." + APP_B);
      admin.deleteExchange(EXCHANGE);
    }
    close(platform);
  }

  private static void close(ConfigurableApplicationContext context) {
    if (context != null) {
      context.close();
    }
  }

  @BeforeEach
  void cleanEngines() {
    engineA.reset();
    engineB.reset();
  }

  @Test
  void claim_is_applied_by_the_owning_application_only() {
    ClaimTaskCommand claim = new ClaimTaskCommand("t1", "kermit", 3L);

    gateway.send(claim, ownedBy(APP_A));

    assertThat(engineA.applied()).containsExactly(claim);
    assertThat(engineB.applied()).isEmpty();
  }

  @Test
  void refusal_of_the_owner_reaches_the_caller_with_its_reason_and_message() {
    engineB.refuseNext("TASK_CHANGED", "task t2 changed since version 3, now 4");

    EngineCommandRefusedException refused =
        catchThrowableOfType(
            EngineCommandRefusedException.class,
            () -> gateway.send(new UnclaimTaskCommand("t2", 3L), ownedBy(APP_B)));

    assertThat(refused.reason()).isEqualTo("TASK_CHANGED");
    assertThat(refused.getMessage()).isEqualTo("task t2 changed since version 3, now 4");
    assertThat(engineB.applied()).isEmpty();
  }

  @Test
  void unexpected_failure_of_the_owner_is_refused_without_its_details() {
    engineA.failNext(new IllegalStateException("secret internals"));

    EngineCommandRefusedException refused =
        catchThrowableOfType(
            EngineCommandRefusedException.class,
            () -> gateway.send(new UnclaimTaskCommand("t3", null), ownedBy(APP_A)));

    assertThat(refused.reason()).isEqualTo(EngineCommandRefusedException.ENGINE_ERROR);
    assertThat(refused.getMessage()).doesNotContain("secret");
  }

  @Test
  void command_for_an_unknown_application_is_refused_at_once() {
    long started = System.nanoTime();

    EngineCommandRefusedException refused =
        catchThrowableOfType(
            EngineCommandRefusedException.class,
            () -> gateway.send(new UnclaimTaskCommand("t4", null), ownedBy("nobody")));

    assertThat(refused.reason()).isEqualTo(EngineCommandRefusedException.ENGINE_UNKNOWN);
    assertThat(refused.getMessage()).contains("nobody");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);
  }

  @Test
  void command_to_a_stopped_application_times_out_and_is_not_applied_later() throws Exception {
    SimpleMessageListenerContainer listener =
        applicationA.getBean(SimpleMessageListenerContainer.class);
    listener.stop();
    try {
      long started = System.nanoTime();
      EngineCommandRefusedException refused =
          catchThrowableOfType(
              EngineCommandRefusedException.class,
              () -> gateway.send(new ClaimTaskCommand("t5", "stale", null), ownedBy(APP_A)));

      assertThat(refused.reason()).isEqualTo(EngineCommandRefusedException.ENGINE_UNAVAILABLE);
      assertThat(refused.getMessage())
          .isEqualTo("no answer from app-a within 1500 ms; the command may still be applied");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(TIMEOUT);
      Thread.sleep(500);
    } finally {
      listener.start();
    }

    ClaimTaskCommand fresh = new ClaimTaskCommand("t5", "fresh", null);
    gateway.send(fresh, ownedBy(APP_A));

    assertThat(engineA.applied()).containsExactly(fresh);
  }

  @Test
  void command_of_an_unknown_type_is_refused_without_being_read() {
    RabbitTemplate raw = new RabbitTemplate(platform.getBean(ConnectionFactory.class));
    raw.setReplyTimeout(TIMEOUT.toMillis());
    Message request =
        MessageBuilder.withBody("{\"taskId\":\"t6\"}".getBytes())
            .setHeader(EngineCommandCodec.TYPE_HEADER, "java.lang.ProcessBuilder")
            .build();

    Message response = raw.sendAndReceive(EXCHANGE, APP_A, request);
    raw.destroy();

    EngineCommandReply reply = new EngineCommandCodec().reply(response);
    assertThat(reply.outcome()).isEqualTo(EngineCommandReply.Outcome.REFUSED);
    assertThat(reply.reason()).isEqualTo(EngineCommandRefusedException.INVALID_COMMAND);
    assertThat(engineA.applied()).isEmpty();
  }

  @Test
  void command_without_reply_address_is_applied_and_not_answered() throws Exception {
    RabbitTemplate raw = new RabbitTemplate(platform.getBean(ConnectionFactory.class));
    ClaimTaskCommand claim = new ClaimTaskCommand("t7", "gonzo", null);

    raw.send(EXCHANGE, APP_B, new EngineCommandCodec().commandMessage(claim));
    raw.destroy();

    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (engineB.applied().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(engineB.applied()).containsExactly(claim);
  }

  @Test
  void platform_only_sends_and_applications_only_listen() {
    assertThat(platform.getBeansOfType(SimpleMessageListenerContainer.class)).isEmpty();
    assertThat(applicationA.getBeansOfType(TaskInteractionGateway.class)).isEmpty();
    assertThat(applicationB.getBeansOfType(TaskInteractionGateway.class)).isEmpty();
  }

  private static SourceReference ownedBy(String application) {
    return SourceReference.process("pi-1", "ex-1", "def:1", "def", "Process", application);
  }

  private static ConfigurableApplicationContext start(
      Class<?> configuration, Map<String, Object> own) {
    Map<String, Object> properties = new HashMap<>(EngineCommandTestBroker.springProperties());
    properties.put("flowpool.amqp.engine-commands.exchange", EXCHANGE);
    properties.put("flowpool.amqp.engine-commands.queue-prefix", QUEUE_PREFIX);
    properties.put("flowpool.amqp.engine-commands.reply-timeout", TIMEOUT.toMillis() + "ms");
    properties.put("spring.main.banner-mode", "off");
    properties.putAll(own);
    return new SpringApplicationBuilder(configuration)
        .web(WebApplicationType.NONE)
        .properties(properties)
        .run();
  }

  /** The platform: only the gateway. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    RabbitAutoConfiguration.class,
    AmqpEngineCommandsAutoConfiguration.class
  })
  static class Platform {}

  /** A process application: its deciders stand in by a recording dispatcher. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    RabbitAutoConfiguration.class,
    AmqpEngineCommandsAutoConfiguration.class
  })
  static class ProcessApplication {

    @Bean
    RecordingTaskpoolCommandDispatcher recordingTaskpoolCommandDispatcher() {
      return new RecordingTaskpoolCommandDispatcher();
    }
  }
}
