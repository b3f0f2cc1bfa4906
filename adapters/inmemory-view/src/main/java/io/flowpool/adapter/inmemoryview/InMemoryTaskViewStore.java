package io.flowpool.adapter.inmemoryview;

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
import io.flowpool.view.model.TextValues;
import io.flowpool.view.model.ViewOrdering;
import io.flowpool.view.port.out.TaskViewStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Task rows in memory; queries scan, filter and sort with the domain's rules. */
final class InMemoryTaskViewStore implements TaskViewStore {

  private static final Comparator<DataEntryView> BY_IDENTITY =
      Comparator.comparing(DataEntryView::entryType).thenComparing(DataEntryView::entryId);

  private final InMemoryDatabase database;
  private final InMemoryTable<String, TaskView> tasks;
  private final InMemoryTable<DataIdentity, DataEntryView> dataEntries;

  InMemoryTaskViewStore(
      InMemoryDatabase database,
      InMemoryTable<String, TaskView> tasks,
      InMemoryTable<DataIdentity, DataEntryView> dataEntries) {
    this.database = database;
    this.tasks = tasks;
    this.dataEntries = dataEntries;
  }

  @Override
  public Optional<TaskView> load(String taskId) {
    return tasks.get(taskId);
  }

  @Override
  public void save(TaskView task) {
    tasks.put(task.id(), task);
  }

  @Override
  public void delete(String taskId) {
    tasks.remove(taskId);
  }

  @Override
  public ResultPage<TaskView> find(TaskSelection selection, PageRequest page) {
    return findWithDataEntries(selection, page).map(TaskWithDataEntries::task);
  }

  @Override
  public ResultPage<TaskWithDataEntries> findWithDataEntries(
      TaskSelection selection, PageRequest page) {
    Comparator<TaskView> order = ViewOrdering.tasks(selection.sort());
    return database.read(
        () ->
            page.slice(
                admitted(selection.access())
                    .filter(item -> selection.filter().test(item.task(), item.dataEntries()))
                    .sorted(Comparator.comparing(TaskWithDataEntries::task, order))
                    .toList()));
  }

  @Override
  public List<ApplicationTaskCount> countByApplication() {
    Map<String, Long> counts =
        tasks.all().stream()
            .collect(
                Collectors.groupingBy(
                    TaskView::applicationName, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .map(entry -> new ApplicationTaskCount(entry.getKey(), entry.getValue()))
        .toList();
  }

  @Override
  public List<String> payloadPaths(TaskAccess access) {
    return database.read(
        () ->
            admitted(access)
                .flatMap(item -> PayloadPath.leafPathsOf(item.task().payload()).stream())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList());
  }

  @Override
  public List<Object> payloadValues(TaskAccess access, PayloadPath path, int limit) {
    return database.read(
        () -> {
          Set<Object> distinct = new TreeSet<>(ViewOrdering::compareValues);
          admitted(access)
              .flatMap(item -> path.valuesIn(item.task().payload()).stream())
              .filter(TextValues::isScalar)
              .forEach(distinct::add);
          return distinct.stream().limit(limit).toList();
        });
  }

  @Override
  public List<TaskView> findCorrelatedWith(DataIdentity identity) {
    return tasks.all().stream()
        .filter(
            task ->
                identity.entryId().equals(task.correlations().entries().get(identity.entryType())))
        .toList();
  }

  /** Every task the access admits, with its correlated entries the reader may see. */
  private Stream<TaskWithDataEntries> admitted(TaskAccess access) {
    return tasks.all().stream()
        .map(task -> new TaskWithDataEntries(task, visibleEntries(task, access)))
        .filter(item -> access.admits(item.task(), item.dataEntries()));
  }

  private List<DataEntryView> visibleEntries(TaskView task, TaskAccess access) {
    return task.correlations().identities().stream()
        .map(dataEntries::get)
        .flatMap(Optional::stream)
        .filter(access::maySee)
        .sorted(BY_IDENTITY)
        .toList();
  }
}
