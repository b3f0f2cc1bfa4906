package io.flowpool.view.port.out;

import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The process instance rows. */
public interface ProcessInstanceViewStore {

  Optional<ProcessInstanceView> load(String processInstanceId);

  /** Inserts or replaces the row of {@code instance.processInstanceId()}. */
  void save(ProcessInstanceView instance);

  /** The page of the instances in any of the states, by instance id. */
  ResultPage<ProcessInstanceView> findByStates(Set<ProcessInstanceState> states, PageRequest page);
}
