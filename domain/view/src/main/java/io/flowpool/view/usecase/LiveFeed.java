package io.flowpool.view.usecase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The updates of one subscription, in order and never stale. Until the initial result is known,
 * updates wait; then every update older than what the subscriber already has (by the row's version)
 * is dropped, and a removal is only sent for a row the subscriber was shown. A listener that throws
 * ends the feed.
 */
final class LiveFeed<U> {

  private final Consumer<U> listener;
  private final Map<String, Seen> seen = new HashMap<>();
  private List<Pending<U>> waiting = new ArrayList<>();
  private boolean closed;

  LiveFeed(Consumer<U> listener) {
    this.listener = listener;
  }

  /** Offers an update of the row {@code key} at {@code version}. */
  synchronized void offer(String key, long version, U update, boolean removal) {
    if (closed) {
      return;
    }
    if (waiting != null) {
      waiting.add(new Pending<>(key, version, update, removal));
      return;
    }
    deliver(key, version, update, removal);
  }

  /** The subscriber has the initial result, with these rows at these versions: go live. */
  synchronized void start(Map<String, Long> initialVersions) {
    initialVersions.forEach((key, version) -> seen.put(key, new Seen(version, true)));
    List<Pending<U>> pending = waiting;
    waiting = null;
    for (Pending<U> update : pending) {
      if (!closed) {
        deliver(update.key(), update.version(), update.update(), update.removal());
      }
    }
  }

  synchronized void close() {
    closed = true;
    waiting = null;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  private void deliver(String key, long version, U update, boolean removal) {
    Seen before = seen.get(key);
    if (before != null && version < before.version()) {
      return;
    }
    seen.put(key, new Seen(version, !removal));
    if (removal && (before == null || !before.shown())) {
      return;
    }
    try {
      listener.accept(update);
    } catch (RuntimeException listenerFailed) {
      // a subscriber that cannot take updates is gone; the projection must go on
      closed = true;
    }
  }

  /** The last version offered for a row, and whether the subscriber was left showing it. */
  private record Seen(long version, boolean shown) {}

  private record Pending<U>(String key, long version, U update, boolean removal) {}
}
