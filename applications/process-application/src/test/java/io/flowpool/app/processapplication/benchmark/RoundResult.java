package io.flowpool.app.processapplication.benchmark;

import java.util.Map;

/**
 * What one measured phase did: instances started, time taken, and the rows it added to the database
 * (open user tasks, and Axon events by aggregate type).
 */
record RoundResult(
    Scenario scenario,
    int instances,
    double seconds,
    long tasksCreated,
    Map<String, Long> eventsByAggregateType) {

  double tasksPerSecond() {
    return tasksCreated / seconds;
  }

  long eventsStored() {
    return eventsByAggregateType.values().stream().mapToLong(Long::longValue).sum();
  }
}
