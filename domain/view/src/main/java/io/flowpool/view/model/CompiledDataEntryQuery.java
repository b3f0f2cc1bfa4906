package io.flowpool.view.model;

/** A validated data entry query, ready for a store. */
public record CompiledDataEntryQuery(DataEntrySelection selection, PageRequest page) {}
