package io.flowpool.e2e.benchmark;

import io.flowpool.e2e.support.LiveTaskList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A user's live task list on the platform ({@link LiveTaskList}): remembers when the first {@code
 * update} of each process instance's task arrived.
 */
final class TaskStream implements AutoCloseable {

  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final LiveTaskList stream;

  TaskStream(String platformUrl, String user, String password) {
    stream = new LiveTaskList(platformUrl, user, password, this::record);
  }

  /** {@link System#nanoTime()} when a task of the instance was first announced, or null. */
  Long firstSeen(String processInstanceId) {
    return firstSeen.get(processInstanceId);
  }

  private void record(LiveTaskList.Event event, long receivedAtNanos) {
    if ("update".equals(event.name())) {
      String instance = event.data().at("/sourceReference/instanceId").asText(null);
      if (instance != null) {
        firstSeen.putIfAbsent(instance, receivedAtNanos);
      }
    }
  }

  @Override
  public void close() {
    stream.close();
  }
}
