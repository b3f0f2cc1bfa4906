package io.flowpool.adapter.rest.web;

import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Opens Server-Sent Events streams that share a small pool of writer threads. */
public class LiveStreams implements DisposableBean {

  private final Duration timeout;
  private final int backlog;
  private final ThreadPoolTaskExecutor writers = new ThreadPoolTaskExecutor();

  public LiveStreams(Duration timeout, int backlog, int threads) {
    this.timeout = timeout;
    this.backlog = backlog;
    writers.setCorePoolSize(threads);
    writers.setMaxPoolSize(threads);
    writers.setThreadNamePrefix("flowpool-sse-");
    writers.initialize();
  }

  public SseStream open() {
    return new SseStream(new SseEmitter(timeout.toMillis()), writers, backlog);
  }

  @Override
  public void destroy() {
    writers.shutdown();
  }
}
