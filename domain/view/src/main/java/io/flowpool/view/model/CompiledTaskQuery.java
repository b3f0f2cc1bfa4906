package io.flowpool.view.model;

/**
 * A validated task query, ready for a store.
 *
 * @param withDataEntries the answer carries each task's correlated data entries
 */
public record CompiledTaskQuery(
    TaskSelection selection, PageRequest page, boolean withDataEntries) {}
