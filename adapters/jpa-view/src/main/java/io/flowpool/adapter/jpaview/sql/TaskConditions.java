package io.flowpool.adapter.jpaview.sql;

import io.flowpool.adapter.jpaview.entity.Principals;
import io.flowpool.adapter.jpaview.entity.TaskAccessKeys;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.model.CriteriaGroup;
import io.flowpool.view.model.Criterion;
import io.flowpool.view.model.DataEntryAttribute;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskAttribute;
import io.flowpool.view.model.TaskFilter;
import io.flowpool.view.model.TaskScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The WHERE of a task query over {@code fp_task t}: {@link TaskAccess#admits} and the filter. Who
 * may see a task is one overlap of the row's principals with the reader's ({@link
 * ReaderCondition}); correlated data entries are reached through the task's correlations and the
 * entries' primary key, limited to those the reader may see.
 *
 * <p>When a reader's query has a payload equality on a top-level attribute, the rows are found
 * through the task's access keys ({@link TaskAccessKeys}): the keys of the reader's principals with
 * the filter's values, plus the rows that have no keys; the exact conditions then check each row
 * found.
 */
final class TaskConditions {

  private final TaskAccess access;
  private final TaskFilter filter;
  private final SqlParameters parameters;
  private final CriterionSql criteria;
  private final boolean narrowed;
  private final CriteriaGroup keyedGroup;
  private String entryReaders;
  private Set<String> scopePrincipals;

  TaskConditions(TaskAccess access, TaskFilter filter, SqlParameters parameters) {
    this.access = access;
    this.filter = filter;
    this.parameters = parameters;
    this.criteria = new CriterionSql(parameters);
    this.narrowed =
        access.taskId() != null
            || !filter.includesDataEntries()
                && ReaderCondition.payloadEqualityNarrows(filter.groups());
    this.keyedGroup = keyedGroup();
  }

  /** The access and the filter. */
  String where() {
    String exact = access() + " AND " + Conditions.groups(filter.groups(), this::criterion);
    if (keyedGroup == null) {
      return exact;
    }
    // The keys drive the query: the exact conditions are wrapped (IS TRUE) so that the planner
    // cannot answer them from the two-column index instead. The keys are a sub-select so that the
    // planner estimates them as one opaque array; with the values in sight it multiplies a
    // per-key guess by the number of keys, 80x too high for 200 groups, enough to make it compile
    // the query (JIT) on every call.
    return "(t.access_keys && (SELECT "
        + parameters.bindBigintArray(readerKeys())
        + ") OR t.access_keys IS NULL) AND ("
        + exact
        + ") IS TRUE";
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
            "("
                + inScope
                + " OR "
                + involved
                + " AND "
                + ReaderCondition.overlap(
                    "t.principals", Principals.ofReader(user, true, true), narrowed, parameters)
                + ")");
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
      default:
        return ReaderCondition.overlap("t.principals", scopePrincipals(), narrowed, parameters);
    }
  }

  /** The row principals the user, candidate and group scopes admit a task for. */
  private Set<String> scopePrincipals() {
    if (scopePrincipals == null) {
      TaskScope scope = access.scope();
      scopePrincipals =
          Principals.ofReader(access.user(), scope == TaskScope.USER, scope != TaskScope.GROUP);
    }
    return scopePrincipals;
  }

  /**
   * The filter group whose values the access keys can look up: a reader's own tasks (user,
   * candidate or group scope) and a group of payload equalities on top-level attributes. Null if
   * there is none.
   */
  private CriteriaGroup keyedGroup() {
    TaskScope scope = access.scope();
    if (access.taskId() != null
        || access.user() == null
        || access.involvementsOnly()
        || filter.includesDataEntries()
        || scope == TaskScope.EVERYONE
        || scope == TaskScope.ASSIGNEE) {
      return null;
    }
    return filter.groups().stream()
        .filter(group -> group.alternatives().stream().allMatch(TaskConditions::keyable))
        .findFirst()
        .orElse(null);
  }

  private static boolean keyable(Criterion criterion) {
    return ReaderCondition.payloadEquality(criterion)
        && ((PayloadPath) criterion.field()).segments().size() == 1;
  }

  private List<Long> readerKeys() {
    Set<String> principals = scopePrincipals();
    List<Long> keys = new ArrayList<>();
    for (Criterion criterion : keyedGroup.alternatives()) {
      String attribute = ((PayloadPath) criterion.field()).segments().get(0);
      keys.addAll(TaskAccessKeys.ofReader(principals, attribute, (String) criterion.value()));
    }
    return keys;
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
