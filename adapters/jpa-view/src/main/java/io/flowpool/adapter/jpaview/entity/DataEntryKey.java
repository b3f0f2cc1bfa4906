package io.flowpool.adapter.jpaview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The primary key of {@code fp_data_entry}: entry type and entry id. */
@Embeddable
public class DataEntryKey implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "entry_type", nullable = false)
  private String entryType;

  @Column(name = "entry_id", nullable = false)
  private String entryId;

  protected DataEntryKey() {}

  public DataEntryKey(String entryType, String entryId) {
    this.entryType = entryType;
    this.entryId = entryId;
  }

  String entryType() {
    return entryType;
  }

  String entryId() {
    return entryId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataEntryKey key
        && entryType.equals(key.entryType)
        && entryId.equals(key.entryId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entryType, entryId);
  }
}
