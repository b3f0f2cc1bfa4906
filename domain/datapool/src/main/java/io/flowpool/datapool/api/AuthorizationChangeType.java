package io.flowpool.datapool.api;

/** Whether an authorization change grants or revokes access. */
public enum AuthorizationChangeType {
  ADD,
  REMOVE
}
