package io.flowpool.adapter.rest.dataentry;

import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import java.util.List;

/** One page of data entries, with the total over all pages. */
public record DataEntryPage(List<DataEntryJson> items, int page, int size, long total) {

  public static DataEntryPage of(ResultPage<DataEntryView> result) {
    return new DataEntryPage(
        result.items().stream().map(DataEntryJson::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }
}
