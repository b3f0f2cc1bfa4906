package io.flowpool.adapter.jpaview.sql;

import io.flowpool.adapter.jpaview.entity.Principals;
import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.model.Criterion;
import io.flowpool.view.model.DataEntryAccess;
import io.flowpool.view.model.DataEntryAttribute;
import io.flowpool.view.model.DataEntrySelection;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.PayloadPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SQL of data entry queries. An entry leaves the database as one jsonb object (its columns and
 * its protocol lines), the same shape whether it is read on its own or with the task it belongs to.
 */
public final class DataEntrySql {

  /** One data entry of alias {@code e}, with its protocol, as a jsonb object. */
  static final String ENTRY_JSON =
      "jsonb_build_object('entryType', e.entry_type, 'entryId', e.entry_id, 'type', e.type,"
          + " 'applicationName', e.application_name, 'name', e.name, 'description',"
          + " e.description, 'payload', e.payload, 'correlations', e.correlations,"
          + " 'processingType', e.processing_type, 'state', e.state, 'formKey', e.form_key,"
          + " 'authorizedUsers', to_jsonb(e.authorized_users), 'authorizedGroups',"
          + " to_jsonb(e.authorized_groups), 'createdAt', e.created_at, 'lastModifiedAt',"
          + " e.last_modified_at, 'version', e.version, 'protocol', (SELECT"
          + " coalesce(jsonb_agg(jsonb_build_object('time', l.time, 'processingType',"
          + " l.processing_type, 'state', l.state, 'username', l.username, 'log', l.log,"
          + " 'logNotes', l.log_notes) ORDER BY l.line_no), '[]'::jsonb) FROM"
          + " fp_data_entry_protocol l WHERE l.entry_type = e.entry_type AND l.entry_id ="
          + " e.entry_id))";

  /** The column that holds the entry's jsonb object in every statement here. */
  public static final String ENTRY_COLUMN = "entry";

  /** The column that holds the total count of a page statement. */
  public static final String TOTAL_COLUMN = "total";

  private DataEntrySql() {}

  /** The page of the selection, each row with the total count before paging. */
  public static SqlStatement page(DataEntrySelection selection, PageRequest page) {
    SqlParameters parameters = new SqlParameters();
    String where = where(selection, parameters);
    SortSql.Order order = SortSql.dataEntries(selection.sort(), parameters);
    List<SortSql.Expression> sort = order.expressions();
    List<String> keys = new ArrayList<>();
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    for (int i = 0; i < sort.size(); i++) {
      keys.add(sort.get(i).sql() + " AS s" + i);
      inner.add(sort.get(i).orderBy("s" + i));
      outer.add(sort.get(i).orderBy("p.s" + i));
    }
    String sql =
        "SELECT "
            + ENTRY_JSON
            + " AS entry, p.total FROM (SELECT e.entry_type, e.entry_id, "
            + String.join(", ", keys)
            + ", count(*) OVER () AS total FROM "
            + order.from("fp_data_entry", "e", where, "")
            + " ORDER BY "
            + String.join(", ", inner)
            + " LIMIT "
            + parameters.bind(page.size())
            + " OFFSET "
            + parameters.bind(page.offset())
            + ") AS p JOIN fp_data_entry e ON e.entry_type = p.entry_type AND e.entry_id ="
            + " p.entry_id ORDER BY "
            + String.join(", ", outer);
    return new SqlStatement(sql, parameters.source());
  }

  /** How many entries the selection admits. */
  public static SqlStatement count(DataEntrySelection selection) {
    SqlParameters parameters = new SqlParameters();
    String sql = "SELECT count(*) FROM fp_data_entry e WHERE " + where(selection, parameters);
    return new SqlStatement(sql, parameters.source());
  }

  /** The entries that exist among the identities. */
  public static SqlStatement loadAll(Collection<DataIdentity> identities) {
    SqlParameters parameters = new SqlParameters();
    String types =
        parameters.bindTextArray(identities.stream().map(DataIdentity::entryType).toList());
    String ids = parameters.bindTextArray(identities.stream().map(DataIdentity::entryId).toList());
    String sql =
        "SELECT "
            + ENTRY_JSON
            + " AS entry FROM fp_data_entry e WHERE (e.entry_type, e.entry_id) IN (SELECT"
            + " i.entry_type, i.entry_id FROM unnest("
            + types
            + ", "
            + ids
            + ") AS i(entry_type, entry_id))";
    return new SqlStatement(sql, parameters.source());
  }

  private static String where(DataEntrySelection selection, SqlParameters parameters) {
    List<String> conditions = new ArrayList<>();
    DataEntryAccess access = selection.access();
    if (access.entryType() != null) {
      conditions.add("e.entry_type = " + parameters.bind(access.entryType()));
    }
    if (access.identity() != null) {
      conditions.add("e.entry_type = " + parameters.bind(access.identity().entryType()));
      conditions.add("e.entry_id = " + parameters.bind(access.identity().entryId()));
    }
    if (access.user() != null) {
      boolean narrowed =
          access.identity() != null
              || ReaderCondition.payloadEqualityNarrows(selection.filter().groups());
      conditions.add(
          ReaderCondition.overlap(
              "e.principals",
              Principals.ofReader(access.user(), false, true),
              narrowed,
              parameters));
      if (access.involvementsOnly()) {
        conditions.add(involves("e", parameters.bind(access.user().username())));
      }
    }
    CriterionSql criteria = new CriterionSql(parameters);
    conditions.add(
        Conditions.groups(selection.filter().groups(), each -> criterion(each, criteria)));
    return Conditions.all(conditions);
  }

  /** A filter on a data entry of alias {@code e}: one of its attributes or its payload. */
  static String criterion(Criterion criterion, CriterionSql criteria) {
    if (criterion.field() instanceof DataEntryAttribute attribute) {
      return criteria.attribute(
          attribute.type(), List.of(DataEntryColumns.column(attribute)), criterion);
    }
    if (criterion.field() instanceof PayloadPath path) {
      return criteria.payload("e.payload", path, criterion);
    }
    throw new IllegalStateException("a data entry filter cannot test " + criterion.filter());
  }

  /** The protocol of the entry of this alias names the user. */
  static String involves(String entry, String username) {
    return "EXISTS (SELECT 1 FROM fp_data_entry_protocol l WHERE l.entry_type = "
        + entry
        + ".entry_type AND l.entry_id = "
        + entry
        + ".entry_id AND l.username = "
        + username
        + ")";
  }
}
