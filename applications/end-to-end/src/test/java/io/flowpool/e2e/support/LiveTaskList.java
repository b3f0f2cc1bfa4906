package io.flowpool.e2e.support;

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A user's live task list on one platform node ({@code GET /api/tasks/stream}, Server-Sent Events),
 * as the web tasklist follows it: keeps every {@code update} and {@code removed} event it got, and
 * tells a listener of each as it arrives.
 */
public final class LiveTaskList implements AutoCloseable {

  /** Told of each event on the reading thread, with {@link System#nanoTime()} of its arrival. */
  public interface Listener {
    void onEvent(Event event, long receivedAtNanos);
  }

  /** One event of the stream: its name and its JSON data. */
  public record Event(String name, JsonNode data) {

    /** The id of the task the event is about. */
    public String taskId() {
      return data.path("id").asText(null);
    }
  }

  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final Listener listener;
  private final CountDownLatch opened = new CountDownLatch(1);
  private final InputStream body;
  private final Thread reader;

  public LiveTaskList(String baseUrl, String user, String password) {
    this(baseUrl, user, password, (event, receivedAtNanos) -> {});
  }

  public LiveTaskList(String baseUrl, String user, String password, Listener listener) {
    this.listener = listener;
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/tasks/stream?size=1"))
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
    reader = new Thread(this::read, "live-task-list");
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

  /** The names of the events about the task, in the order they came. */
  public List<String> eventsAbout(String taskId) {
    return events.stream().filter(e -> taskId.equals(e.taskId())).map(Event::name).toList();
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String event = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5));
        } else if (line.isEmpty()) {
          dispatch(event, data.toString(), System.nanoTime());
          event = null;
          data.setLength(0);
        }
      }
    } catch (IOException e) {
      // closed by close(), or the node went away: the test judges what was seen
    }
  }

  private void dispatch(String name, String data, long receivedAtNanos) throws IOException {
    if ("initial".equals(name)) {
      opened.countDown();
    } else if (name != null) {
      Event event = new Event(name, Http.JSON.readTree(data));
      events.add(event);
      listener.onEvent(event, receivedAtNanos);
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
