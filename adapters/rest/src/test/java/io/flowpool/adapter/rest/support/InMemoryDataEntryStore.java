package io.flowpool.adapter.rest.support;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.DataEntrySelection;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.ViewOrdering;
import io.flowpool.view.port.out.DataEntryViewStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Data entry rows in a map, selected with the domain's own predicates and ordering. */
final class InMemoryDataEntryStore implements DataEntryViewStore {

  private final Map<DataIdentity, DataEntryView> rows = new ConcurrentHashMap<>();

  void clear() {
    rows.clear();
  }

  @Override
  public Optional<DataEntryView> load(DataIdentity identity) {
    return Optional.ofNullable(rows.get(identity));
  }

  @Override
  public void save(DataEntryView entry) {
    rows.put(entry.identity(), entry);
  }

  @Override
  public void delete(DataIdentity identity) {
    rows.remove(identity);
  }

  @Override
  public ResultPage<DataEntryView> find(DataEntrySelection selection, PageRequest page) {
    return page.slice(
        rows.values().stream()
            .filter(entry -> selection.access().admits(entry) && selection.filter().test(entry))
            .sorted(ViewOrdering.dataEntries(selection.sort()))
            .toList());
  }

  @Override
  public List<DataEntryView> loadAll(Collection<DataIdentity> identities) {
    return identities.stream().map(rows::get).filter(Objects::nonNull).toList();
  }
}
