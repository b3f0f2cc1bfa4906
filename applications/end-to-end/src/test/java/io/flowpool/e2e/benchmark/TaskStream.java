package io.flowpool.e2e.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A user's live task list ({@code GET /api/tasks/stream}, Server-Sent Events), as the tasklist
 * follows it: remembers when the first {@code update} of each process instance's task arrived.
 */
final class TaskStream implements AutoCloseable {

  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final CountDownLatch opened = new CountDownLatch(1);
  private final InputStream body;
  private final Thread reader;

  TaskStream(String platformUrl, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(platformUrl + "/api/tasks/stream?size=1"))
            .header("Authorization", "Basic " + token)
            .header("Accept", "text/event-stream")
            .build();
    try {
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the task stream answered " + response.statusCode());
      }
      body = response.body();
    } catch (IOException e) {
      throw new IllegalStateException("could not open the task stream: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    reader = new Thread(this::read, "task-stream");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!opened.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the task stream sent no initial event");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** {@link System#nanoTime()} when a task of the instance was first announced, or null. */
  Long firstSeen(String processInstanceId) {
    return firstSeen.get(processInstanceId);
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String event = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        long now = System.nanoTime();
        if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5));
        } else if (line.isEmpty()) {
          dispatch(event, data.toString(), now);
          event = null;
          data.setLength(0);
        }
      }
    } catch (IOException e) {
      // closed by close(), or the platform went away: the figures tell what was seen
    }
  }

  private void dispatch(String event, String data, long receivedAt) throws IOException {
    if ("initial".equals(event)) {
      opened.countDown();
    } else if ("update".equals(event)) {
      JsonNode task = PipelineProbe.JSON.readTree(data);
      String instance = task.at("/sourceReference/instanceId").asText(null);
      if (instance != null) {
        firstSeen.putIfAbsent(instance, receivedAt);
      }
    }
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // nothing to do
    }
    reader.interrupt();
    try {
      reader.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
