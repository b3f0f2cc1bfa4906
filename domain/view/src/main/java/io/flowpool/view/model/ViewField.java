package io.flowpool.view.model;

/**
 * What a filter tests or a sort orders by: a task attribute, a data entry attribute, or a path into
 * a payload. Store adapters translate each kind into their own query language.
 */
public sealed interface ViewField permits TaskAttribute, DataEntryAttribute, PayloadPath {

  /** The name as written in a filter or sort, without prefix. */
  String fieldName();
}
