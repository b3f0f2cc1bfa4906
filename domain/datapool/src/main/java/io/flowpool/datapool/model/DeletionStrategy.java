package io.flowpool.datapool.model;

/** What a data entry accepts once it has been deleted. */
public enum DeletionStrategy {
  /** An update brings a deleted entry back; a repeated delete or an anonymize changes nothing. */
  LAX,
  /** A deleted entry stays deleted: every later command is refused. */
  STRICT
}
