package io.flowpool.view.port.in;

import io.flowpool.view.api.DataEntriesForDataEntryTypeQuery;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.DataEntriesQuery;
import io.flowpool.view.api.DataEntryForIdentityQuery;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import java.util.Optional;

/**
 * Answers data entry queries. Malformed queries are refused with an {@code InvalidQueryException};
 * an entry that does not exist and one the user may not see are both empty.
 */
public interface DataEntryQueryUseCase {

  ResultPage<DataEntryView> dataEntriesForUser(DataEntriesForUserQuery query);

  ResultPage<DataEntryView> dataEntries(DataEntriesQuery query);

  ResultPage<DataEntryView> dataEntriesForDataEntryType(DataEntriesForDataEntryTypeQuery query);

  Optional<DataEntryView> dataEntryForIdentity(DataEntryForIdentityQuery query);
}
