package io.flowpool.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Flowpool application in a JVM of its own, as an operator runs it: {@code java -jar}
 * with settings on the command line. It can be killed ({@code SIGKILL}, no shutdown hooks) and
 * started again with the same settings; its output is appended to one log file.
 */
public final class ApplicationProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /**
   * The tests start quickly with the JIT's first tier only. The pipeline benchmark passes its own
   * options (flowpool.e2e.jvm-options): the same by default, so that its runs compare, or the full
   * JIT as in production with -Dbenchmark.jvm-options=-Xmx1g.
   */
  private static final String JVM_OPTIONS =
      System.getProperty("flowpool.e2e.jvm-options", "-Xmx512m -XX:TieredStopAtLevel=1");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path jar;
  private final int port;
  private final List<String> arguments;
  private final Path log;
  private Process process;

  public ApplicationProcess(String name, Path jar, int port, List<String> arguments, Path logs) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: build the applications first (./mvnw -B -DskipTests"
              + " -pl applications/end-to-end -am package), or run `./mvnw -B verify`");
    }
    this.name = name;
    this.jar = jar;
    this.port = port;
    this.arguments = List.copyOf(arguments);
    this.log = logs.resolve(name + ".log");
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the JVM; {@link #awaitHealthy()} waits until it serves. */
  public ApplicationProcess start() {
    if (isAlive()) {
      throw new IllegalStateException(name + " is running already");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(JVM_OPTIONS.trim().split("\\s+")));
    command.add("-Ddisable-axoniq-console-message=true");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          "===== " + Instant.now() + " starting " + name + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + name + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** Waits until {@code /actuator/health} answers UP. */
  public ApplicationProcess awaitHealthy() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; its log ends:\n" + tailOfLog());
      }
      if (isHealthy()) {
        return this;
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        name + " was not healthy within " + START_TIMEOUT + "; its log ends:\n" + tailOfLog());
  }

  public boolean isHealthy() {
    try {
      HttpResponse<String> health =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGKILL: no shutdown hook, no graceful stop of listeners or processors. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      waitForExit();
    }
  }

  /** SIGTERM: Spring's graceful shutdown. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitForExit();
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public String tailOfLog() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Settings as {@code --key=value} arguments. */
  public static List<String> arguments(Map<String, String> settings) {
    return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
