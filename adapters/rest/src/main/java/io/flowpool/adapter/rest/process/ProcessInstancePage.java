package io.flowpool.adapter.rest.process;

import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ResultPage;
import java.util.List;

/** One page of process instances, with the total over all pages. */
public record ProcessInstancePage(List<ProcessInstanceJson> items, int page, int size, long total) {

  static ProcessInstancePage of(ResultPage<ProcessInstanceView> result) {
    return new ProcessInstancePage(
        result.items().stream().map(ProcessInstanceJson::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }
}
