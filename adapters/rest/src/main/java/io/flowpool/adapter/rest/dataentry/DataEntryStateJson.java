package io.flowpool.adapter.rest.dataentry;

import io.flowpool.datapool.api.DataEntryState;
import io.flowpool.datapool.api.ProcessingType;
import io.swagger.v3.oas.annotations.media.Schema;

/** A data entry's state, as JSON: the processing type and the business's own label. */
@Schema(name = "DataEntryState")
public record DataEntryStateJson(ProcessingType processingType, String state) {

  public static DataEntryStateJson of(DataEntryState state) {
    return new DataEntryStateJson(state.processingType(), state.state());
  }
}
