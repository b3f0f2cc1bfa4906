package io.flowpool.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's RabbitMQ node, driven as an operator drives it: {@code rabbitmqctl} for a virtual
 * host of the tests' own, a restart of the broker application, and a memory alarm that blocks every
 * publisher (so that published events stay unconfirmed).
 */
public final class BrokerControl {

  private static final String HINT =
      "The end-to-end tests drive the local RabbitMQ node with rabbitmqctl (as root or the"
          + " rabbitmq user). Start it with `rabbitmq-server -detached` (or bash"
          + " deploy/local/ensure-services.sh).";

  private BrokerControl() {}

  public static void addVirtualHost(String vhost, String user) {
    rabbitmqctl("add_vhost", vhost);
    rabbitmqctl("set_permissions", "-p", vhost, user, ".*", ".*", ".*");
  }

  public static void deleteVirtualHost(String vhost) {
    rabbitmqctl("delete_vhost", vhost);
  }

  /** Stops and starts the RabbitMQ application on the node; connections drop, queues stay. */
  public static void restart() {
    rabbitmqctl("stop_app");
    rabbitmqctl("start_app");
    rabbitmqctl("await_startup");
  }

  /** Raises a memory alarm: RabbitMQ stops reading from every publishing connection. */
  public static String blockPublishers() {
    String watermark = rabbitmqctl("eval", "vm_memory_monitor:get_vm_memory_high_watermark().");
    rabbitmqctl("set_vm_memory_high_watermark", "absolute", "1");
    return watermark.strip();
  }

  /** Restores the watermark {@link #blockPublishers()} returned; the alarm clears. */
  public static void unblockPublishers(String watermark) {
    rabbitmqctl("set_vm_memory_high_watermark", watermark);
  }

  static String rabbitmqctl(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("rabbitmqctl");
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out. " + HINT);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed: " + output.strip() + "\n" + HINT);
      }
      // rabbitmqctl eval prints only the value; the other commands a progress line we ignore
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    } catch (IOException e) {
      throw new IllegalStateException(
          "rabbitmqctl could not be run: " + e.getMessage() + ". " + HINT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
