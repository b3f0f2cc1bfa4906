package io.flowpool.adapter.rest.support;

import io.flowpool.common.api.DataIdentity;
import io.flowpool.view.api.ApplicationTaskCount;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.api.TaskView;
import io.flowpool.view.api.TaskWithDataEntries;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.model.PayloadPath;
import io.flowpool.view.model.TaskAccess;
import io.flowpool.view.model.TaskSelection;
import io.flowpool.view.model.ViewOrdering;
import io.flowpool.view.port.out.TaskViewStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Task rows in a map, selected with the domain's own predicates and ordering. */
final class InMemoryTaskStore implements TaskViewStore {

  private final Map<String, TaskView> rows = new ConcurrentHashMap<>();
  private final InMemoryDataEntryStore dataEntries;

  InMemoryTaskStore(InMemoryDataEntryStore dataEntries) {
    this.dataEntries = dataEntries;
  }

  void clear() {
    rows.clear();
  }

  @Override
  public Optional<TaskView> load(String taskId) {
    return Optional.ofNullable(rows.get(taskId));
  }

  @Override
  public void save(TaskView task) {
    rows.put(task.id(), task);
  }

  @Override
  public void delete(String taskId) {
    rows.remove(taskId);
  }

  @Override
  public ResultPage<TaskView> find(TaskSelection selection, PageRequest page) {
    return page.slice(matching(selection).toList());
  }

  @Override
  public ResultPage<TaskWithDataEntries> findWithDataEntries(
      TaskSelection selection, PageRequest page) {
    return find(selection, page)
        .map(task -> new TaskWithDataEntries(task, visibleEntries(selection.access(), task)));
  }

  @Override
  public List<ApplicationTaskCount> countByApplication() {
    return rows.values().stream()
        .collect(
            Collectors.groupingBy(TaskView::applicationName, TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(entry -> new ApplicationTaskCount(entry.getKey(), entry.getValue()))
        .toList();
  }

  @Override
  public List<String> payloadPaths(TaskAccess access) {
    return admitted(access)
        .flatMap(task -> PayloadPath.leafPathsOf(task.payload()).stream())
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  @Override
  public List<Object> payloadValues(TaskAccess access, PayloadPath path, int limit) {
    return admitted(access)
        .flatMap(task -> path.valuesIn(task.payload()).stream())
        .filter(Objects::nonNull)
        .distinct()
        .sorted(ViewOrdering::compareValues)
        .limit(limit)
        .toList();
  }

  @Override
  public List<TaskView> findCorrelatedWith(DataIdentity identity) {
    return rows.values().stream()
        .filter(task -> task.correlations().identities().contains(identity))
        .toList();
  }

  private Stream<TaskView> matching(TaskSelection selection) {
    return rows.values().stream()
        .filter(
            task -> {
              List<DataEntryView> entries = visibleEntries(selection.access(), task);
              return selection.access().admits(task, entries)
                  && selection.filter().test(task, entries);
            })
        .sorted(ViewOrdering.tasks(selection.sort()));
  }

  private Stream<TaskView> admitted(TaskAccess access) {
    return rows.values().stream().filter(task -> access.admits(task, visibleEntries(access, task)));
  }

  private List<DataEntryView> visibleEntries(TaskAccess access, TaskView task) {
    return dataEntries.loadAll(task.correlations().identities()).stream()
        .filter(access::maySee)
        .sorted(
            Comparator.comparing(DataEntryView::entryType).thenComparing(DataEntryView::entryId))
        .toList();
  }
}
