package io.flowpool.adapter.amqp.viewchange;

import java.util.UUID;

/**
 * Identifies one running platform node (one application context) among the nodes that share the
 * view-changes exchange: it names the node's queue and marks the change lists it broadcasts, so
 * that the node can skip its own.
 */
public record NodeId(String value) {

  public NodeId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a node id must not be blank");
    }
  }

  /** A new id; a restarted node is a new node (its queue went away with its connection). */
  public static NodeId random() {
    return new NodeId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
