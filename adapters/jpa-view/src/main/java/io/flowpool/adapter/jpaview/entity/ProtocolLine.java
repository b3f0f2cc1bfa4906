package io.flowpool.adapter.jpaview.entity;

import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.ProcessingType;
import io.flowpool.view.api.ProtocolEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** One line of a data entry's protocol, a row of {@code fp_data_entry_protocol}. */
@Embeddable
public class ProtocolLine {

  @Column(name = "time", nullable = false)
  private Instant time;

  @Column(name = "processing_type", nullable = false)
  private String processingType;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "username")
  private String username;

  @Column(name = "log")
  private String log;

  @Column(name = "log_notes")
  private String logNotes;

  protected ProtocolLine() {}

  static ProtocolLine of(ProtocolEntry entry) {
    ProtocolLine line = new ProtocolLine();
    line.time = Micros.of(entry.time());
    line.processingType = entry.state().processingType().name();
    line.state = entry.state().state();
    line.username = entry.username();
    line.log = entry.log();
    line.logNotes = entry.logNotes();
    return line;
  }

  ProtocolEntry toEntry() {
    return new ProtocolEntry(
        time,
        new DataEntryState(ProcessingType.valueOf(processingType), state),
        username,
        log,
        logNotes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProtocolLine line
        && time.equals(line.time)
        && processingType.equals(line.processingType)
        && state.equals(line.state)
        && Objects.equals(username, line.username)
        && Objects.equals(log, line.log)
        && Objects.equals(logNotes, line.logNotes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, processingType, state, username, log, logNotes);
  }
}
