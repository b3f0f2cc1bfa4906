package io.flowpool.app.singlenode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged single node, started the way the README tells a user to run it: {@code java -jar}
 * with nothing but its defaults (the demo profile, the embedded PostgreSQL), on a free port and a
 * fresh data folder. Its output goes to a log file that a failing test points to.
 */
final class SingleNodeProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final Path log;
  private final int port;

  private SingleNodeProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static SingleNodeProcess start() throws IOException, InterruptedException {
    Path jar = Path.of("target", "flowpool-single-node.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run `./mvnw verify`");
    }
    Path work = Files.createTempDirectory("flowpool-single-node");
    Path log = work.resolve("single-node.log");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--flowpool.single-node.embedded-postgres.data-dir=" + work.resolve("postgres"));
    Process process =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    SingleNodeProcess node = new SingleNodeProcess(process, log, port);
    node.awaitReady();
    return node;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  Path log() {
    return log;
  }

  private void awaitReady() throws InterruptedException, IOException {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the single node exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(uri("/index.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "the single node did not start within " + START_TIMEOUT + "; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
