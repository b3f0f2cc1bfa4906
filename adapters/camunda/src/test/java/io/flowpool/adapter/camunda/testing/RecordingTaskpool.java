package io.flowpool.adapter.camunda.testing;

import io.flowpool.taskpool.port.in.EngineTransaction;
import io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The taskpool port as a test sees it: keeps every engine transaction it receives, in order. A hook
 * runs first on each submission, e.g. to look at the database or to refuse the submission.
 */
public class RecordingTaskpool implements SubmitEngineTransactionUseCase {

  private final List<EngineTransaction> received = new CopyOnWriteArrayList<>();
  private volatile Consumer<EngineTransaction> onSubmit = transaction -> {};

  @Override
  public void submit(EngineTransaction transaction) {
    onSubmit.accept(transaction);
    received.add(transaction);
  }

  public List<EngineTransaction> transactions() {
    return List.copyOf(received);
  }

  /** Forgets what was received and removes the hook. */
  public void clear() {
    received.clear();
    onSubmit = transaction -> {};
  }

  public void onSubmit(Consumer<EngineTransaction> hook) {
    onSubmit = hook;
  }
}
