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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged single node, started the way the README tells a user to run it: {@code java -jar}
 * with nothing but its defaults (the demo profile, the embedded PostgreSQL), on a free port and a
 * fresh data folder, or again on the folder of an earlier run. Its output goes to a log file that a
 * failing test points to.
 */
final class SingleNodeProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path work;
  private final Path log;
  private final int port;

  private SingleNodeProcess(Process process, Path work, Path log, int port) {
    this.process = process;
    this.work = work;
    this.log = log;
    this.port = port;
  }

  /** Starts the single node on a fresh folder. */
  static SingleNodeProcess start() throws IOException, InterruptedException {
    return start(Files.createTempDirectory("flowpool-single-node"));
  }

  /** Starts the single node on a folder, with the data an earlier run left there. */
  static SingleNodeProcess start(Path work) throws IOException, InterruptedException {
    Path jar = Path.of("target", "flowpool-single-node.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run `./mvnw verify`");
    }
    Path log = Files.createTempFile(work, "single-node-", ".log");
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--flowpool.single-node.embedded-postgres.data-dir=" + database(work));
    Process process =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    SingleNodeProcess node = new SingleNodeProcess(process, work, log, port);
    try {
      node.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException notReady) {
      node.close();
      throw notReady;
    }
    return node;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  Path log() {
    return log;
  }

  /** The folder it runs in, which holds its embedded database. */
  Path work() {
    return work;
  }

  /**
   * Stops it as Ctrl-C or a service manager does (SIGTERM) and waits until it has exited.
   *
   * @return how long it took
   * @throws IllegalStateException if it was still running after a minute (then it is killed)
   */
  Duration stop() throws InterruptedException {
    Instant start = Instant.now();
    process.destroy();
    if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "the single node did not stop within " + STOP_TIMEOUT + "; see " + log);
    }
    return Duration.between(start, Instant.now());
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
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
    removeDatabase();
  }

  /**
   * Deletes the embedded database's folder, tens of megabytes a run; the log stays for a failing
   * test. A PostgreSQL that a killed node left running on it (it runs detached) is stopped first.
   */
  private void removeDatabase() throws IOException, InterruptedException {
    Path database = database(work);
    Optional<ProcessHandle> leftBehind =
        PostmasterPidFile.of(database)
            .filter(PostmasterPidFile::serverRunning)
            .flatMap(file -> ProcessHandle.of(file.pid()));
    if (leftBehind.isPresent()) {
      leftBehind.get().destroy();
      Instant deadline = Instant.now().plus(STOP_TIMEOUT);
      while (leftBehind.get().isAlive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
    }
    if (Files.exists(database)) {
      try (Stream<Path> paths = Files.walk(database)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static Path database(Path work) {
    return work.resolve("postgres");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
