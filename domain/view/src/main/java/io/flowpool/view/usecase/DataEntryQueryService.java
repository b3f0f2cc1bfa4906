package io.flowpool.view.usecase;

import io.flowpool.common.api.Values;
import io.flowpool.view.api.DataEntriesForDataEntryTypeQuery;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.DataEntriesQuery;
import io.flowpool.view.api.DataEntryForIdentityQuery;
import io.flowpool.view.api.DataEntryListQuery;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.CompiledDataEntryQuery;
import io.flowpool.view.model.DataEntryQueries;
import io.flowpool.view.model.ViewAuthorization;
import io.flowpool.view.port.in.DataEntryQueryUseCase;
import io.flowpool.view.port.out.DataEntryViewStore;
import java.util.Optional;

/** Validates data entry queries and answers them from the data entry store. */
public class DataEntryQueryService implements DataEntryQueryUseCase {

  private final DataEntryViewStore dataEntries;

  public DataEntryQueryService(DataEntryViewStore dataEntries) {
    this.dataEntries = Values.require(dataEntries, "dataEntries");
  }

  @Override
  public ResultPage<DataEntryView> dataEntriesForUser(DataEntriesForUserQuery query) {
    return find(query);
  }

  @Override
  public ResultPage<DataEntryView> dataEntries(DataEntriesQuery query) {
    return find(query);
  }

  @Override
  public ResultPage<DataEntryView> dataEntriesForDataEntryType(
      DataEntriesForDataEntryTypeQuery query) {
    return find(query);
  }

  @Override
  public Optional<DataEntryView> dataEntryForIdentity(DataEntryForIdentityQuery query) {
    Values.require(query, "query");
    return dataEntries
        .load(query.identity())
        .filter(entry -> ViewAuthorization.canSee(query.user(), entry));
  }

  private ResultPage<DataEntryView> find(DataEntryListQuery query) {
    CompiledDataEntryQuery compiled = DataEntryQueries.compile(Values.require(query, "query"));
    return dataEntries.find(compiled.selection(), compiled.page());
  }
}
