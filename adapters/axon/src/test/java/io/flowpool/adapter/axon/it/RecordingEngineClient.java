package io.flowpool.adapter.axon.it;

import io.flowpool.taskpool.api.task.TaskInteractionEvent;
import io.flowpool.taskpool.model.EngineTaskGoneException;
import io.flowpool.taskpool.port.in.ApplyTaskInteractionUseCase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An engine client that records what it is asked to do, and has lost the tasks it is told. On
 * request it also reports what it did back when the transaction commits, as the engine's collector
 * does.
 */
class RecordingEngineClient implements ApplyTaskInteractionUseCase {

  private final List<TaskInteractionEvent> applied = new CopyOnWriteArrayList<>();
  private final Set<String> goneTasks = ConcurrentHashMap.newKeySet();
  private volatile Consumer<TaskInteractionEvent> reportAtCommit;

  @Override
  public void apply(TaskInteractionEvent event) {
    if (goneTasks.contains(event.taskId())) {
      throw new EngineTaskGoneException(event.taskId());
    }
    applied.add(event);
    Consumer<TaskInteractionEvent> report = reportAtCommit;
    if (report != null) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              report.accept(event);
            }
          });
    }
  }

  /** Reports each applied interaction just before its transaction commits; null: stop. */
  void reportAtCommit(Consumer<TaskInteractionEvent> report) {
    reportAtCommit = report;
  }

  List<TaskInteractionEvent> applied() {
    return applied;
  }

  void loseTask(String taskId) {
    goneTasks.add(taskId);
  }
}
