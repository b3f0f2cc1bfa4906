package io.flowpool.adapter.axon.it;

import io.flowpool.taskpool.api.task.TaskInteractionEvent;
import io.flowpool.taskpool.model.EngineTaskGoneException;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An engine client that records what it is asked to do, and has lost the tasks it is told. */
class RecordingEngineClient implements ApplyTaskInteractionUseCase {

  private final List<TaskInteractionEvent> applied = new CopyOnWriteArrayList<>();
  private final Set<String> goneTasks = ConcurrentHashMap.newKeySet();

  @Override
  public void apply(TaskInteractionEvent event) {
    if (goneTasks.contains(event.taskId())) {
      throw new EngineTaskGoneException(event.taskId());
    }
    applied.add(event);
  }

  List<TaskInteractionEvent> applied() {
    return applied;
  }

  void loseTask(String taskId) {
    goneTasks.add(taskId);
  }
}
