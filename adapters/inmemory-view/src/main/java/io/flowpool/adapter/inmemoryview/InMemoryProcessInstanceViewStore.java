package io.flowpool.adapter.inmemoryview;

import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/** Process instance rows in memory. */
final class InMemoryProcessInstanceViewStore implements ProcessInstanceViewStore {

  private final InMemoryTable<String, ProcessInstanceView> instances;

  InMemoryProcessInstanceViewStore(InMemoryTable<String, ProcessInstanceView> instances) {
    this.instances = instances;
  }

  @Override
  public Optional<ProcessInstanceView> load(String processInstanceId) {
    return instances.get(processInstanceId);
  }

  @Override
  public void save(ProcessInstanceView instance) {
    instances.put(instance.processInstanceId(), instance);
  }

  @Override
  public ResultPage<ProcessInstanceView> findByStates(
      Set<ProcessInstanceState> states, PageRequest page) {
    return page.slice(
        instances.all().stream()
            .filter(instance -> states.contains(instance.state()))
            .sorted(Comparator.comparing(ProcessInstanceView::processInstanceId))
            .toList());
  }
}
