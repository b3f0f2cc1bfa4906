package io.flowpool.adapter.rest.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One Server-Sent Events response fed by a live subscription. Events are queued and written by a
 * writer thread, so a slow client never holds up the view's projection; the start event goes out
 * before everything queued. A client that falls too far behind, goes away or times out ends the
 * stream, and the subscription is closed.
 */
public final class SseStream {

  private final SseEmitter emitter;
  private final Executor writer;
  private final int backlog;
  private final Set<SseStream> open;
  private final Deque<SseEventBuilder> queue = new ArrayDeque<>();
  private Runnable onClose = () -> {};
  private boolean started;
  private boolean writing;
  private boolean closed;

  /**
   * @param open the streams still open, which this one leaves when it ends
   */
  SseStream(SseEmitter emitter, Executor writer, int backlog, Set<SseStream> open) {
    this.emitter = emitter;
    this.writer = writer;
    this.backlog = backlog;
    this.open = open;
    emitter.onTimeout(emitter::complete);
    emitter.onCompletion(this::close);
    emitter.onError(error -> close());
  }

  /** What the controller returns. */
  public SseEmitter emitter() {
    return emitter;
  }

  /**
   * Sends {@code event} first, then what was queued so far and everything later; {@code onClose}
   * runs once when the stream ends.
   */
  public void start(String name, Object data, Runnable onClose) {
    boolean alreadyClosed;
    synchronized (this) {
      alreadyClosed = closed;
      if (!alreadyClosed) {
        this.onClose = onClose;
        queue.addFirst(event(name, data));
        started = true;
        writing = true;
      }
    }
    if (alreadyClosed) {
      onClose.run();
      return;
    }
    schedule();
  }

  /** Queues an event; before {@link #start} it waits. */
  public void send(String name, Object data) {
    boolean overflow;
    synchronized (this) {
      if (closed) {
        return;
      }
      overflow = queue.size() >= backlog;
      if (!overflow) {
        queue.add(event(name, data));
        if (!started || writing) {
          return;
        }
        writing = true;
      }
    }
    if (overflow) {
      // the client reconnects and starts over from a fresh initial result
      end();
      return;
    }
    schedule();
  }

  /** Ends the response; the client reconnects if it wants more. */
  void end() {
    close();
    emitter.complete();
  }

  private void schedule() {
    try {
      writer.execute(this::write);
    } catch (RejectedExecutionException shuttingDown) {
      end();
    }
  }

  private void write() {
    while (true) {
      SseEventBuilder next;
      synchronized (this) {
        next = closed ? null : queue.poll();
        if (next == null) {
          writing = false;
          return;
        }
      }
      try {
        emitter.send(next);
      } catch (IOException | IllegalStateException clientGone) {
        // the container reports the broken connection to the emitter itself
        close();
        return;
      }
    }
  }

  private void close() {
    Runnable closing;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
      closing = onClose;
    }
    open.remove(this);
    closing.run();
  }

  private static SseEventBuilder event(String name, Object data) {
    return SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
  }
}
