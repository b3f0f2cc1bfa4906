package io.flowpool.view.port.in;

import io.flowpool.view.api.DataEntryQuery;
import io.flowpool.view.api.DataEntryUpdate;
import io.flowpool.view.api.DataEntryView;
import java.util.function.Consumer;

/**
 * Follows a data entry query live: the current page first, then an update for every committed
 * change that the query lets through, and a removal for every entry that stops matching.
 */
public interface SubscribeToDataEntriesUseCase {

  ViewSubscription<DataEntryView> subscribe(
      DataEntryQuery query, Consumer<DataEntryUpdate> listener);
}
