package io.flowpool.adapter.jpaview.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity of the application itself; its table comes from the test's own migration. */
@Entity
@Table(name = "app_note")
public class ApplicationNote {

  @Id
  @Column(name = "id", nullable = false)
  private String id;

  protected ApplicationNote() {}
}
