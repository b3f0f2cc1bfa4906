package io.flowpool.adapter.inmemoryview;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.DataEntrySelection;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.ViewOrdering;
import io.flowpool.view.port.out.DataEntryViewStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Data entry rows in memory; queries scan, filter and sort with the domain's rules. */
final class InMemoryDataEntryViewStore implements DataEntryViewStore {

  private final InMemoryDatabase database;
  private final InMemoryTable<DataIdentity, DataEntryView> dataEntries;

  InMemoryDataEntryViewStore(
      InMemoryDatabase database, InMemoryTable<DataIdentity, DataEntryView> dataEntries) {
    this.database = database;
    this.dataEntries = dataEntries;
  }

  @Override
  public Optional<DataEntryView> load(DataIdentity identity) {
    return dataEntries.get(identity);
  }

  @Override
  public void save(DataEntryView entry) {
    dataEntries.put(entry.identity(), entry);
  }

  @Override
  public void delete(DataIdentity identity) {
    dataEntries.remove(identity);
  }

  @Override
  public ResultPage<DataEntryView> find(DataEntrySelection selection, PageRequest page) {
    return page.slice(
        dataEntries.all().stream()
            .filter(entry -> selection.access().admits(entry) && selection.filter().test(entry))
            .sorted(ViewOrdering.dataEntries(selection.sort()))
            .toList());
  }

  @Override
  public List<DataEntryView> loadAll(Collection<DataIdentity> identities) {
    return database.read(
        () -> identities.stream().map(dataEntries::get).flatMap(Optional::stream).toList());
  }
}
