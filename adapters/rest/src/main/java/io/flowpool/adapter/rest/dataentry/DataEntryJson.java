package io.flowpool.adapter.rest.dataentry;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flowpool.view.api.DataEntryView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A data entry as JSON; payload and correlations are plain objects. */
@Schema(name = "DataEntry")
public record DataEntryJson(
    String entryType,
    String entryId,
    String type,
    String applicationName,
    String name,
    String description,
    Map<String, Object> payload,
    @Schema(description = "entry type to entry id") Map<String, String> correlations,
    DataEntryStateJson state,
    String formKey,
    Instant createdAt,
    Instant lastModifiedAt,
    @Schema(description = "the sequence number of the entry's last event the view applied")
        long version,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the audit trail; only when one entry is read")
        List<ProtocolEntryJson> protocol) {

  /** Without the protocol, as lists show it. */
  public static DataEntryJson of(DataEntryView entry) {
    return of(entry, null);
  }

  public static DataEntryJson withProtocol(DataEntryView entry) {
    return of(entry, entry.protocol().stream().map(ProtocolEntryJson::of).toList());
  }

  private static DataEntryJson of(DataEntryView entry, List<ProtocolEntryJson> protocol) {
    return new DataEntryJson(
        entry.entryType(),
        entry.entryId(),
        entry.type(),
        entry.applicationName(),
        entry.name(),
        entry.description(),
        entry.payload().values(),
        entry.correlations().entries(),
        DataEntryStateJson.of(entry.state()),
        entry.formKey(),
        entry.createdAt(),
        entry.lastModifiedAt(),
        entry.version(),
        protocol);
  }
}
