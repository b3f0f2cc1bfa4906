package io.flowpool.adapter.camunda.collector;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * An engine command interceptor behind the command context interceptor: when an outermost command
 * has done its work, and before its context flushes and closes, it lets {@link
 * TransactionBoundFacts} assemble what that command reported while the context's entity cache still
 * holds it. Commands that an engine command runs within its own (nested) are not outermost; the
 * interceptors of the engine's command executors (one each: an interceptor knows its next) share
 * the count of commands running on a thread.
 */
final class AssembleAfterCommand extends CommandInterceptor {

  private final TransactionBoundFacts facts;
  private final ThreadLocal<int[]> depth;

  private AssembleAfterCommand(TransactionBoundFacts facts, ThreadLocal<int[]> depth) {
    this.facts = facts;
    this.depth = depth;
  }

  /** One interceptor per command executor, all counting the same commands. */
  static List<AssembleAfterCommand> forExecutors(TransactionBoundFacts facts, int executors) {
    ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    List<AssembleAfterCommand> interceptors = new ArrayList<>();
    for (int i = 0; i < executors; i++) {
      interceptors.add(new AssembleAfterCommand(facts, depth));
    }
    return interceptors;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] level = depth.get();
    level[0]++;
    T result;
    try {
      result = next.execute(command);
    } finally {
      level[0]--;
    }
    if (level[0] == 0) {
      facts.commandDone(Context.getCommandContext());
    }
    return result;
  }
}
