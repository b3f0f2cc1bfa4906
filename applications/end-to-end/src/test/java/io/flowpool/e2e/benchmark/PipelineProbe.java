package io.flowpool.e2e.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.e2e.support.DistributedDeployment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Reads the pipeline's progress from the actuator: the outbox of every process application ({@code
 * flowpool-outbox}, {@code flowpool.outbox.published}) and the platform's view consumer ({@code
 * flowpool.view.consumed}, {@code flowpool.view.lag}).
 */
final class PipelineProbe {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Where the pipeline stands: confirmed by the outboxes, projected by the platform. */
  record Progress(long published, long projected, boolean outboxesCaughtUp) {}

  private final DistributedDeployment deployment;
  private final List<String> applications;
  private final String adminAuthorization;

  PipelineProbe(DistributedDeployment deployment, List<String> applications) {
    this.deployment = deployment;
    this.applications = List.copyOf(applications);
    String admin = DistributedDeployment.ADMIN + ":" + DistributedDeployment.ADMIN;
    this.adminAuthorization =
        "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Events the platform is done with since it started (its counters restart with it): projected or
   * dead-lettered; 0 while it does not answer.
   */
  long projected() {
    return consumed("projected") + consumed("dead-lettered");
  }

  /** The platform's {@code flowpool.view.consumed} of one outcome. */
  long consumed(String outcome) {
    JsonNode metric =
        get(
            deployment.platform().baseUrl()
                + "/actuator/metrics/flowpool.view.consumed?tag=outcome:"
                + outcome,
            adminAuthorization);
    return metric == null ? 0 : (long) statistic(metric, "COUNT");
  }

  /** Events the brokers confirmed to the outboxes of all applications, since they started. */
  long published() {
    long sum = 0;
    for (String application : applications) {
      JsonNode metric =
          get(
              deployment.application(application).baseUrl()
                  + "/actuator/metrics/flowpool.outbox.published",
              null);
      sum += metric == null ? 0 : (long) statistic(metric, "COUNT");
    }
    return sum;
  }

  /** Whether every outbox forwarded every event its store holds. */
  boolean outboxesCaughtUp() {
    for (String application : applications) {
      JsonNode status =
          get(deployment.application(application).baseUrl() + "/actuator/flowpool-outbox", null);
      if (status == null
          || !status.path("running").asBoolean()
          || status.path("error").asBoolean()) {
        return false;
      }
      JsonNode behind = status.get("behind");
      if (behind == null || behind.isNull() || behind.asLong() != 0) {
        return false;
      }
    }
    return true;
  }

  Progress progress() {
    // outboxes first: what they confirmed must be projected by the time the platform is read
    boolean caughtUp = outboxesCaughtUp();
    long published = published();
    return new Progress(published, projected(), caughtUp);
  }

  /**
   * Waits until every stored event is visible: the outboxes caught up and the platform projected at
   * least what was confirmed since {@code publishedBase} (the published count when the platform
   * started, with nothing in flight). Returns {@link System#nanoTime()} at the moment it saw that.
   */
  long awaitDrained(long publishedBase, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Progress last = null;
    while (System.nanoTime() < deadline) {
      last = progress();
      if (last.outboxesCaughtUp() && last.projected() >= last.published() - publishedBase) {
        return System.nanoTime();
      }
      sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException(
        "the pipeline did not drain within " + timeout + "; last seen " + last);
  }

  /**
   * The platform's {@code flowpool.view.lag} timer as count and total seconds: its percentiles are
   * time-windowed, the difference of two readings gives the mean over a phase.
   */
  double[] viewLag() {
    JsonNode metric =
        get(
            deployment.platform().baseUrl() + "/actuator/metrics/flowpool.view.lag",
            adminAuthorization);
    return metric == null
        ? new double[] {0, 0}
        : new double[] {statistic(metric, "COUNT"), statistic(metric, "TOTAL_TIME")};
  }

  private static double statistic(JsonNode metric, String name) {
    for (JsonNode measurement : metric.path("measurements")) {
      if (name.equals(measurement.path("statistic").asText())) {
        return measurement.path("value").asDouble();
      }
    }
    return Double.NaN;
  }

  /** The JSON answer, or null for 404 (a meter not registered yet) or an unreachable JVM. */
  private static JsonNode get(String url, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        return null;
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
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
