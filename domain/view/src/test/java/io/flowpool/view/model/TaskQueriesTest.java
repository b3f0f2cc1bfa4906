package io.flowpool.view.model;

import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.view.api.AllTasksQuery;
import io.flowpool.view.api.DataEntriesForUserQuery;
import io.flowpool.view.api.InvalidQueryException;
import io.flowpool.view.api.QueryLimits;
import io.flowpool.view.api.TaskForIdQuery;
import io.flowpool.view.api.TaskQuery;
import io.flowpool.view.api.TasksForApplicationQuery;
import io.flowpool.view.api.TasksForGroupQuery;
import io.flowpool.view.api.TasksForUserQuery;
import io.flowpool.view.api.TasksWithDataEntriesForUserQuery;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskQueriesTest {

  @Test
  void each_query_selects_the_tasks_of_its_scope() {
    assertThat(access(new TasksForUserQuery(KERMIT, false, true, 0, 10, null, null)))
        .isEqualTo(new TaskAccess(KERMIT, TaskScope.USER, false, true, null, null));
    assertThat(access(new TasksForUserQuery(KERMIT, true, false, 0, 10, null, null)).scope())
        .isEqualTo(TaskScope.ASSIGNEE);
    assertThat(access(new TasksForGroupQuery(KERMIT, false, 0, 10, null, null)))
        .isEqualTo(new TaskAccess(KERMIT, TaskScope.GROUP, true, false, null, null));
    assertThat(access(new AllTasksQuery(0, 10, null, null))).isEqualTo(TaskAccess.everyone());
    assertThat(access(new TasksForApplicationQuery("billing", 0, 10, null, null)).applicationName())
        .isEqualTo("billing");
    assertThat(access(new TaskForIdQuery("t1", KERMIT)))
        .isEqualTo(new TaskAccess(KERMIT, TaskScope.USER, false, false, null, "t1"));
  }

  @Test
  void only_the_queries_with_data_entries_accept_data_entry_filters() {
    CompiledTaskQuery compiled =
        TaskQueries.compile(
            new TasksWithDataEntriesForUserQuery(
                KERMIT, false, false, 2, 25, List.of("-dueDate"), List.of("data.entryType=order")));

    assertThat(compiled.withDataEntries()).isTrue();
    assertThat(compiled.page()).isEqualTo(new PageRequest(2, 25));
    assertThat(compiled.selection().filter().needsDataEntries()).isTrue();
  }

  @Test
  void a_page_outside_the_limits_is_refused_when_the_query_is_built() {
    assertThatThrownBy(() -> new AllTasksQuery(-1, 10, null, null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("page");
    assertThatThrownBy(() -> new AllTasksQuery(0, 0, null, null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(() -> new AllTasksQuery(0, QueryLimits.MAX_PAGE_SIZE + 1, null, null))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> new TasksForUserQuery(null, false, false, 0, 10, null, null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("user");
    assertThatThrownBy(
            () ->
                new DataEntriesForUserQuery(
                    KERMIT, false, 0, 10, Arrays.asList("+name", null), null))
        .isInstanceOf(InvalidQueryException.class);
  }

  private static TaskAccess access(TaskQuery query) {
    return TaskQueries.compile(query).selection().access();
  }
}
