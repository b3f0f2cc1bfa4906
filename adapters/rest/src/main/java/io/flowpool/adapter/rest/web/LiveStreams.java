package io.flowpool.adapter.rest.web;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens Server-Sent Events streams that share a small pool of writer threads, and ends the open
 * ones when the application stops: the web server's graceful shutdown waits for every open
 * response, so a browser that follows a task list would hold up a stop for the whole shutdown
 * timeout (30 s by default). Clients reconnect to another node or to the restarted one.
 */
public class LiveStreams implements ApplicationListener<ContextClosedEvent>, DisposableBean {

  private final Duration timeout;
  private final int backlog;
  private final ThreadPoolTaskExecutor writers = new ThreadPoolTaskExecutor();
  private final Set<SseStream> open = ConcurrentHashMap.newKeySet();

  public LiveStreams(Duration timeout, int backlog, int threads) {
    this.timeout = timeout;
    this.backlog = backlog;
    writers.setCorePoolSize(threads);
    writers.setMaxPoolSize(threads);
    writers.setThreadNamePrefix("flowpool-sse-");
    writers.initialize();
  }

  public SseStream open() {
    SseStream stream = new SseStream(new SseEmitter(timeout.toMillis()), writers, backlog, open);
    open.add(stream);
    return stream;
  }

  /** Published before the web server's graceful shutdown starts waiting for open responses. */
  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    open.forEach(SseStream::end);
  }

  @Override
  public void destroy() {
    writers.shutdown();
  }
}
