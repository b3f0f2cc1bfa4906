package io.flowpool.adapter.rest.task;

/** The event data of a task that left a followed query. */
public record RemovedTask(String id) {}
