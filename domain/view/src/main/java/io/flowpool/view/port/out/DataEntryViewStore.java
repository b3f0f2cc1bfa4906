package io.flowpool.view.port.out;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.DataEntrySelection;
import io.flowpool.view.model.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The data entry rows: written by the projection, read by queries and subscriptions. */
public interface DataEntryViewStore {

  Optional<DataEntryView> load(DataIdentity identity);

  /** Inserts or replaces the row of {@code entry.identity()}. */
  void save(DataEntryView entry);

  /** Deletes the row, if there is one. */
  void delete(DataIdentity identity);

  /** The page of the entries the selection admits and its filter accepts, in its sort order. */
  ResultPage<DataEntryView> find(DataEntrySelection selection, PageRequest page);

  /** The entries that exist among these, in any order. */
  List<DataEntryView> loadAll(Collection<DataIdentity> identities);
}
