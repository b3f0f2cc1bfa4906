package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.model.ViewAuthorization;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import java.util.Comparator;
import java.util.List;

/** Process definition rows in memory. */
final class InMemoryProcessDefinitionViewStore implements ProcessDefinitionViewStore {

  private static final Comparator<ProcessDefinitionView> BY_KEY_NEWEST_FIRST =
      Comparator.comparing(ProcessDefinitionView::processDefinitionKey)
          .thenComparing(
              Comparator.comparingInt(ProcessDefinitionView::processDefinitionVersion).reversed())
          .thenComparing(ProcessDefinitionView::processDefinitionId);

  private final InMemoryTable<String, ProcessDefinitionView> definitions;

  InMemoryProcessDefinitionViewStore(InMemoryTable<String, ProcessDefinitionView> definitions) {
    this.definitions = definitions;
  }

  @Override
  public void save(ProcessDefinitionView definition) {
    definitions.put(definition.processDefinitionId(), definition);
  }

  @Override
  public List<ProcessDefinitionView> findStartableBy(CurrentUser user) {
    return definitions.all().stream()
        .filter(definition -> ViewAuthorization.canStart(user, definition))
        .sorted(BY_KEY_NEWEST_FIRST)
        .toList();
  }
}
