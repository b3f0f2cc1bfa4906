package io.flowpool.adapter.jpaview.entity;

import io.flowpool.adapter.jpaview.json.JsonCodec;
import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ProtocolEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code fp_data_entry} with its protocol lines. */
@Entity
@Table(name = "fp_data_entry")
public class DataEntryEntity {

  @EmbeddedId private DataEntryKey key;

  @Column(name = "type")
  private String type;

  @Column(name = "application_name")
  private String applicationName;

  @Column(name = "name")
  private String name;

  @Column(name = "description")
  private String description;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "payload", nullable = false, columnDefinition = "jsonb")
  private String payload;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "correlations", nullable = false, columnDefinition = "jsonb")
  private String correlations;

  @Column(name = "processing_type", nullable = false)
  private String processingType;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "form_key")
  private String formKey;

  @Column(name = "authorized_users", nullable = false)
  private String[] authorizedUsers;

  @Column(name = "authorized_groups", nullable = false)
  private String[] authorizedGroups;

  /** Authorized users and groups, for the one indexed authorization test. */
  @Column(name = "principals", nullable = false)
  private String[] principals;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_modified_at")
  private Instant lastModifiedAt;

  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(
      name = "fp_data_entry_protocol",
      joinColumns = {
        @JoinColumn(name = "entry_type", referencedColumnName = "entry_type"),
        @JoinColumn(name = "entry_id", referencedColumnName = "entry_id")
      })
  @OrderColumn(name = "line_no")
  private List<ProtocolLine> protocol = new ArrayList<>();

  protected DataEntryEntity() {}

  public DataEntryEntity(DataEntryKey key) {
    this.key = key;
  }

  /** Takes over every field of the view (whose identity is this row's). */
  public void write(DataEntryView entry, JsonCodec json) {
    type = entry.type();
    applicationName = entry.applicationName();
    name = entry.name();
    description = entry.description();
    payload = json.writePayload(entry.payload());
    correlations = json.writeCorrelations(entry.correlations());
    processingType = entry.state().processingType().name();
    state = entry.state().state();
    formKey = entry.formKey();
    authorizedUsers = entry.authorizedUsers().toArray(String[]::new);
    authorizedGroups = entry.authorizedGroups().toArray(String[]::new);
    principals = Principals.of(entry.authorizedUsers(), entry.authorizedGroups(), null);
    createdAt = Micros.of(entry.createdAt());
    lastModifiedAt = Micros.of(entry.lastModifiedAt());
    version = entry.version();
    writeProtocol(entry.protocol());
  }

  public DataEntryView toView(JsonCodec json) {
    return new DataEntryView(
        key.entryType(),
        key.entryId(),
        type,
        applicationName,
        name,
        description,
        json.readPayload(payload),
        json.readCorrelations(correlations),
        new DataEntryState(ProcessingType.valueOf(processingType), state),
        formKey,
        Set.copyOf(Arrays.asList(authorizedUsers)),
        Set.copyOf(Arrays.asList(authorizedGroups)),
        protocol.stream().map(ProtocolLine::toEntry).toList(),
        createdAt,
        lastModifiedAt,
        version);
  }

  /** Changes only the lines that differ: the protocol mostly grows at its end. */
  private void writeProtocol(List<ProtocolEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      ProtocolLine line = ProtocolLine.of(entries.get(i));
      if (i >= protocol.size()) {
        protocol.add(line);
      } else if (!protocol.get(i).equals(line)) {
        protocol.set(i, line);
      }
    }
    while (protocol.size() > entries.size()) {
      protocol.remove(protocol.size() - 1);
    }
  }
}
