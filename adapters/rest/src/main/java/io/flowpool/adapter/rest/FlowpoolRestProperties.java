package io.flowpool.adapter.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the tasklist HTTP API. */
@ConfigurationProperties(prefix = "flowpool.rest")
public class FlowpoolRestProperties {

  /** Whether the tasklist API, its OpenAPI document and its security are set up. */
  private boolean enabled = true;

  /**
   * How long a live stream stays open; then it ends and the browser's EventSource reconnects and
   * gets a fresh initial result.
   */
  private Duration streamTimeout = Duration.ofMinutes(30);

  /** How many events may wait for a slow client before its stream is ended. */
  private int streamBacklog = 1000;

  /** How many threads write live events to the clients. */
  private int streamThreads = 4;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Duration getStreamTimeout() {
    return streamTimeout;
  }

  public void setStreamTimeout(Duration streamTimeout) {
    this.streamTimeout = streamTimeout;
  }

  public int getStreamBacklog() {
    return streamBacklog;
  }

  public void setStreamBacklog(int streamBacklog) {
    this.streamBacklog = streamBacklog;
  }

  public int getStreamThreads() {
    return streamThreads;
  }

  public void setStreamThreads(int streamThreads) {
    this.streamThreads = streamThreads;
  }
}
