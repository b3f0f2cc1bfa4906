package io.flowpool.adapter.jpaview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@code fp_projection_progress}: the aggregate's kind and id. */
@Embeddable
public class ProjectionProgressKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "aggregate_kind", nullable = false)
  private String aggregateKind;

  @Column(name = "aggregate_id", nullable = false)
  private String aggregateId;

  protected ProjectionProgressKey() {}

  public ProjectionProgressKey(String aggregateKind, String aggregateId) {
    this.aggregateKind = aggregateKind;
    this.aggregateId = aggregateId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectionProgressKey key
        && aggregateKind.equals(key.aggregateKind)
        && aggregateId.equals(key.aggregateId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(aggregateKind, aggregateId);
  }
}
