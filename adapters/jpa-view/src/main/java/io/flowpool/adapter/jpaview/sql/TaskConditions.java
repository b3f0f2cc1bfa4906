package io.flowpool.adapter.jpaview.sql;

import io.flowpool.adapter.jpaview.entity.Principals;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.model.Criterion;
import io.flowpool.view.model.DataEntryAttribute;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskAttribute;
import io.flowpool.view.model.TaskFilter;
import io.flowpool.view.model.TaskScope;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE of a task query over {@code fp_task t}: {@link TaskAccess#admits} and the filter. Who
 * may see a task is one overlap of the row's principals with the reader's ({@link
 * ReaderCondition}); correlated data entries are reached through the task's correlations and the
 * entries' primary key, limited to those the reader may see.
 */
final class TaskConditions {

  private final TaskAccess access;
  private final TaskFilter filter;
  private final SqlParameters parameters;
  private final CriterionSql criteria;
  private final boolean narrowed;
  private String entryReaders;

  TaskConditions(TaskAccess access, TaskFilter filter, SqlParameters parameters) {
    this.access = access;
    this.filter = filter;
    this.parameters = parameters;
    this.criteria = new CriterionSql(parameters);
    this.narrowed =
        access.taskId() != null
            || !filter.includesDataEntries()
                && ReaderCondition.payloadEqualityNarrows(filter.groups());
  }

  /** The access and the filter. */
  String where() {
    return access() + " AND " + Conditions.groups(filter.groups(), this::criterion);
  }

  /** What {@link TaskAccess#admits} tests. */
  String access() {
    List<String> conditions = new ArrayList<>();
    if (access.taskId() != null) {
      conditions.add("t.id = " + parameters.bind(access.taskId()));
    }
    if (access.applicationName() != null) {
      conditions.add("t.application_name = " + parameters.bind(access.applicationName()));
    }
    if (access.unassignedOnly()) {
      conditions.add("t.assignee IS NULL");
    }
    CurrentUser user = access.user();
    String inScope = inScope(user);
    if (!access.involvementsOnly() || user == null) {
      if (inScope != null) {
        conditions.add(inScope);
      }
    } else {
      String involved =
          "EXISTS (SELECT 1 "
              + visibleEntries()
              + " AND "
              + DataEntrySql.involves("e", parameters.bind(user.username()))
              + ")";
      if (access.scope() == TaskScope.ASSIGNEE) {
        conditions.add(
            "(" + inScope + " OR " + involved + " AND " + overlap(user, true, true) + ")");
      } else {
        conditions.add(inScope + " AND " + involved);
      }
    }
    return Conditions.all(conditions);
  }

  /**
   * {@code FROM … WHERE …} of the task's correlated data entries (alias {@code e}) that the reader
   * may see; add conditions with AND.
   */
  String visibleEntries() {
    String readable = "TRUE";
    if (access.user() != null) {
      if (entryReaders == null) {
        entryReaders = parameters.bindTextArray(Principals.ofReader(access.user(), false, true));
      }
      readable = "e.principals && " + entryReaders;
    }
    return "FROM jsonb_each_text(t.correlations) AS c(entry_type, entry_id) JOIN fp_data_entry e"
        + " ON e.entry_type = c.entry_type AND e.entry_id = c.entry_id WHERE "
        + readable;
  }

  private String inScope(CurrentUser user) {
    switch (access.scope()) {
      case EVERYONE:
        return null;
      case ASSIGNEE:
        return "t.assignee = " + parameters.bind(user.username());
      case USER:
        return overlap(user, true, true);
      case CANDIDATE:
        return overlap(user, false, true);
      default:
        // GROUP
        return overlap(user, false, false);
    }
  }

  private String overlap(CurrentUser user, boolean asAssignee, boolean asUser) {
    return ReaderCondition.overlap(
        "t.principals", Principals.ofReader(user, asAssignee, asUser), narrowed, parameters);
  }

  private String criterion(Criterion criterion) {
    if (criterion.field() instanceof TaskAttribute attribute) {
      return criteria.attribute(attribute.type(), TaskColumns.of(attribute), criterion);
    }
    if (criterion.field() instanceof DataEntryAttribute) {
      return anyVisibleEntry(DataEntrySql.criterion(criterion, criteria));
    }
    String onTask = criteria.payload("t.payload", (PayloadPath) criterion.field(), criterion);
    if (!filter.includesDataEntries()) {
      return onTask;
    }
    String onEntry = criteria.payload("e.payload", (PayloadPath) criterion.field(), criterion);
    return "(" + onTask + " OR " + anyVisibleEntry(onEntry) + ")";
  }

  private String anyVisibleEntry(String condition) {
    return "EXISTS (SELECT 1 " + visibleEntries() + " AND " + condition + ")";
  }
}
