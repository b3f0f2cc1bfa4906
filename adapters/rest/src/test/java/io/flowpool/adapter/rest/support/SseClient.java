package io.flowpool.adapter.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Reads a Server-Sent Events response event by event, as a browser's EventSource would. */
public final class SseClient implements AutoCloseable {

  /** One event: its name and its data parsed as JSON. */
  public record Event(String name, JsonNode data) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;
  private final String contentType;
  private final Stream<String> lines;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

  private SseClient(HttpResponse<Stream<String>> response) {
    this.status = response.statusCode();
    this.contentType = response.headers().firstValue("Content-Type").orElse("");
    this.lines = response.body();
    Thread reader = new Thread(this::read, "sse-test-client");
    reader.setDaemon(true);
    reader.start();
  }

  static SseClient open(HttpClient http, HttpRequest.Builder request) {
    try {
      return new SseClient(
          http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
              .get(10, TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the stream did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  /** The next event, waiting at most the timeout. */
  public Event next(Duration timeout) {
    try {
      Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        throw new IllegalStateException("no event within " + timeout);
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** No further event arrives within the time. */
  public boolean quietFor(Duration time) throws InterruptedException {
    return events.poll(time.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  @Override
  public void close() {
    lines.close();
  }

  private void read() {
    String name = "message";
    StringBuilder data = new StringBuilder();
    try {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            events.add(new Event(name, JSON.readTree(data.toString())));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring("data:".length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException closed) {
      // the test closed the stream
    }
  }
}
