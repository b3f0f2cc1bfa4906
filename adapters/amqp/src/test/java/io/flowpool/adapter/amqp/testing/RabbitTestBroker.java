package io.flowpool.adapter.amqp.testing;

import java.util.List;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The RabbitMQ that integration tests use: 127.0.0.1:5672 guest/guest unless
 * FLOWPOOL_RABBIT_HOST/PORT/USER/PASSWORD say otherwise. Tests isolate themselves with {@link
 * #uniqueName} and delete what they declared.
 */
public final class RabbitTestBroker {

  public static final String HOST = env("FLOWPOOL_RABBIT_HOST", "127.0.0.1");
  public static final int PORT = Integer.parseInt(env("FLOWPOOL_RABBIT_PORT", "5672"));
  public static final String USER = env("FLOWPOOL_RABBIT_USER", "guest");
  public static final String PASSWORD = env("FLOWPOOL_RABBIT_PASSWORD", "guest");

  private RabbitTestBroker() {}

  /** Spring Boot properties for the test broker, checked to be reachable. */
  public static List<String> springProperties() {
    requireReachable();
    return List.of(
        "spring.rabbitmq.host=" + HOST,
        "spring.rabbitmq.port=" + PORT,
        "spring.rabbitmq.username=" + USER,
        "spring.rabbitmq.password=" + PASSWORD);
  }

  /** A connection factory of its own (with confirms and returns), checked to be reachable. */
  public static CachingConnectionFactory connectionFactory() {
    CachingConnectionFactory factory = new CachingConnectionFactory(HOST, PORT);
    factory.setUsername(USER);
    factory.setPassword(PASSWORD);
    factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
    factory.setPublisherReturns(true);
    try {
      factory.createConnection().close();
    } catch (RuntimeException e) {
      factory.destroy();
      throw unreachable(e);
    }
    return factory;
  }

  /** {@code base} plus a random suffix, so that test runs never share a queue or exchange. */
  public static String uniqueName(String base) {
    return base + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void requireReachable() {
    connectionFactory().destroy();
  }

  private static AssertionError unreachable(RuntimeException cause) {
    return new AssertionError(
        "RabbitMQ is not reachable on "
            + HOST
            + ":"
            + PORT
            + " as "
            + USER
            + ": start it with `rabbitmq-server -detached` (or bash deploy/local/ensure-services.sh)",
        cause);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
