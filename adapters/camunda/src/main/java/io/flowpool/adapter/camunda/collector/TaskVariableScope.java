package io.flowpool.adapter.camunda.collector;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where to read the variables a task sees: from the task itself (its own variables, then its
 * execution's) or, where the task can have none of its own, from its execution alone. Camunda reads
 * a task's own variables with a query the first time anyone asks; for a task inserted by this very
 * engine command and whose variables nobody has touched, that query can only find nothing (the task
 * is not in the database yet, and a variable set on it would have loaded the store), and it was the
 * largest single cost of the collector in profiles of the engine's transactions.
 *
 * <p>Whether the task's variables were loaded is a protected field of Camunda's {@link TaskEntity};
 * if a Camunda version no longer has it, every task is read whole, as before.
 */
final class TaskVariableScope {

  private static final Logger LOG = LoggerFactory.getLogger(TaskVariableScope.class);

  private static final VarHandle VARIABLE_STORE = variableStoreHandle();

  private TaskVariableScope() {}

  /**
   * The task, or the scope above it (its execution; a case execution or a parent task for tasks
   * outside processes) where the task has no variables of its own.
   */
  static AbstractVariableScope of(CommandContext context, TaskEntity task) {
    AbstractVariableScope parent = task.getParentVariableScope();
    if (parent != null && hasNoOwnVariables(context, task)) {
      return parent;
    }
    return task;
  }

  /** Whether this Camunda version lets the collector skip the query (tests check that it does). */
  static boolean canSkipTheQuery() {
    return VARIABLE_STORE != null;
  }

  private static boolean hasNoOwnVariables(CommandContext context, TaskEntity task) {
    // the store is null in a deserialized entity (the field is transient): read the task whole
    return VARIABLE_STORE != null
        && context.getDbEntityManager().getDbEntityCache().isTransient(task)
        && VARIABLE_STORE.get(task) instanceof VariableStore<?> store
        && !store.isInitialized();
  }

  private static VarHandle variableStoreHandle() {
    try {
      return MethodHandles.privateLookupIn(TaskEntity.class, MethodHandles.lookup())
          .findVarHandle(TaskEntity.class, "variableStore", VariableStore.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.info(
          "Camunda's TaskEntity has no variableStore field: the collector reads each new task's"
              + " own variables with a query ({})",
          e.toString());
      return null;
    }
  }
}
