package io.flowpool.view.api;

/** A query whose answer is tasks; every one of them can be followed live. */
public sealed interface TaskQuery
    permits TaskListQuery, TaskForIdQuery, TaskWithDataEntriesForIdQuery {}
