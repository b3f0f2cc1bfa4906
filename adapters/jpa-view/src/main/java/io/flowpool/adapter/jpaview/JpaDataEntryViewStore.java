package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.DataEntryEntity;
import io.flowpool.adapter.jpaview.entity.DataEntryKey;
import io.flowpool.adapter.jpaview.sql.DataEntryJson;
import io.flowpool.adapter.jpaview.sql.DataEntrySql;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.DataEntryAccess;
import io.flowpool.view.model.DataEntryFilter;
import io.flowpool.view.model.DataEntrySelection;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.SortParser;
import io.flowpool.view.port.out.DataEntryViewStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Data entry rows in {@code fp_data_entry} with their protocol in {@code fp_data_entry_protocol}.
 */
final class JpaDataEntryViewStore implements DataEntryViewStore {

  private final ViewDatabase database;
  private final DataEntryJson entries;

  JpaDataEntryViewStore(ViewDatabase database) {
    this.database = database;
    this.entries = new DataEntryJson(database.json());
  }

  /** One statement with the protocol, inside a transaction or not. */
  @Override
  public Optional<DataEntryView> load(DataIdentity identity) {
    DataEntrySelection byIdentity =
        new DataEntrySelection(
            new DataEntryAccess(null, false, null, identity),
            DataEntryFilter.NONE,
            SortParser.dataEntrySort(List.of()));
    return find(byIdentity, new PageRequest(0, 1)).items().stream().findFirst();
  }

  @Override
  public void save(DataEntryView entry) {
    database.write(
        () -> {
          DataEntryKey key = new DataEntryKey(entry.entryType(), entry.entryId());
          DataEntryEntity entity = database.entities().find(DataEntryEntity.class, key);
          if (entity == null) {
            entity = new DataEntryEntity(key);
            entity.write(entry, database.json());
            database.entities().persist(entity);
          } else {
            entity.write(entry, database.json());
          }
        });
  }

  @Override
  public void delete(DataIdentity identity) {
    database.write(
        () -> {
          DataEntryEntity entity =
              database
                  .entities()
                  .find(
                      DataEntryEntity.class,
                      new DataEntryKey(identity.entryType(), identity.entryId()));
          if (entity != null) {
            database.entities().remove(entity);
          }
        });
  }

  @Override
  public ResultPage<DataEntryView> find(DataEntrySelection selection, PageRequest page) {
    long[] total = {0};
    List<DataEntryView> items =
        database.query(
            DataEntrySql.page(selection, page),
            (row, index) -> {
              total[0] = row.getLong(DataEntrySql.TOTAL_COLUMN);
              return entries.entry(row.getString(DataEntrySql.ENTRY_COLUMN));
            });
    if (items.isEmpty() && page.offset() > 0) {
      total[0] =
          database.query(DataEntrySql.count(selection), (row, index) -> row.getLong(1)).get(0);
    }
    return new ResultPage<>(items, page.page(), page.size(), total[0]);
  }

  @Override
  public List<DataEntryView> loadAll(Collection<DataIdentity> identities) {
    if (identities.isEmpty()) {
      return List.of();
    }
    return database.query(
        DataEntrySql.loadAll(identities),
        (row, index) -> entries.entry(row.getString(DataEntrySql.ENTRY_COLUMN)));
  }
}
