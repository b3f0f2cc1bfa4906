package io.flowpool.adapter.amqp.enginecommand;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.UUID;

/**
 * The machine's RabbitMQ for engine-command tests (FLOWPOOL_RABBIT_HOST/PORT/USER/PASSWORD, default
 * 127.0.0.1:5672 guest/guest) and names no other test uses.
 */
final class EngineCommandTestBroker {

  private EngineCommandTestBroker() {}

  static String host() {
    return env("FLOWPOOL_RABBIT_HOST", "127.0.0.1");
  }

  static int port() {
    return Integer.parseInt(env("FLOWPOOL_RABBIT_PORT", "5672"));
  }

  /** Spring Boot properties pointing at the broker; fails the test when it does not answer. */
  static Map<String, Object> springProperties() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host(), port()), 2000);
    } catch (IOException unreachable) {
      throw new AssertionError(
          "RabbitMQ is not reachable at "
              + host()
              + ":"
              + port()
              + "; start it with `rabbitmq-server -detached` (or bash"
              + " deploy/local/ensure-services.sh)",
          unreachable);
    }
    return Map.of(
        "spring.rabbitmq.host", host(),
        "spring.rabbitmq.port", port(),
        "spring.rabbitmq.username", env("FLOWPOOL_RABBIT_USER", "guest"),
        "spring.rabbitmq.password", env("FLOWPOOL_RABBIT_PASSWORD", "guest"),
        "spring.rabbitmq.virtual-host", "/");
  }

  /** A name with a random suffix, so parallel and repeated runs never share broker objects. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
