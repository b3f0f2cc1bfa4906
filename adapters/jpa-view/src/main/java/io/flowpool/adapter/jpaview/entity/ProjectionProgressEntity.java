package io.flowpool.adapter.jpaview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code fp_projection_progress}: the sequence guard's memory of one aggregate. */
@Entity
@Table(name = "fp_projection_progress")
public class ProjectionProgressEntity {

  @EmbeddedId private ProjectionProgressKey key;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  /** The envelopes of the events held back, as a JSON array. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "parked", nullable = false, columnDefinition = "jsonb")
  private String parked;

  protected ProjectionProgressEntity() {}

  public ProjectionProgressEntity(ProjectionProgressKey key) {
    this.key = key;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String parked() {
    return parked;
  }

  public void write(long sequence, String parkedJson) {
    this.lastSequence = sequence;
    this.parked = parkedJson;
  }
}
