package io.flowpool.view.usecase;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryUpdate;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.model.CompiledDataEntryQuery;

/** One followed data entry query: decides for each changed entry whether it is shown or not. */
final class DataEntryFollower {

  private final CompiledDataEntryQuery query;
  private final LiveFeed<DataEntryUpdate> feed;

  DataEntryFollower(CompiledDataEntryQuery query, LiveFeed<DataEntryUpdate> feed) {
    this.query = query;
    this.feed = feed;
  }

  LiveFeed<DataEntryUpdate> feed() {
    return feed;
  }

  void onDataEntry(DataEntryView entry) {
    String key = entry.identity().asString();
    boolean matches =
        query.selection().access().admits(entry) && query.selection().filter().test(entry);
    if (matches) {
      feed.offer(key, entry.version(), new DataEntryUpdate.Upserted(entry), false);
    } else {
      feed.offer(key, entry.version(), new DataEntryUpdate.Removed(entry.identity()), true);
    }
  }

  void onDataEntryRemoved(DataIdentity identity, long version) {
    feed.offer(identity.asString(), version, new DataEntryUpdate.Removed(identity), true);
  }
}
