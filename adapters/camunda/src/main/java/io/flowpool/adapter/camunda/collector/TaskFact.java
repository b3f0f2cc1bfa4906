package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;

/**
 * What the engine reported about a task. Creations and updates keep the engine's task object and
 * are read when the transaction commits, so that changes made later in the same engine command (by
 * the model's own task listeners, which run after Flowpool's) are included.
 */
sealed interface TaskFact {

  String taskId();

  /** A report that needs nothing more from the engine. */
  record Reported(EngineTaskCommand command) implements TaskFact {

    @Override
    public String taskId() {
      return command.taskId();
    }

    /** Assignee or candidates: already part of a creation reported later for the same task. */
    boolean isIdentityChange() {
      return command instanceof AssignTaskCommand
          || command instanceof AddCandidateUsersCommand
          || command instanceof DeleteCandidateUsersCommand
          || command instanceof AddCandidateGroupsCommand
          || command instanceof DeleteCandidateGroupsCommand;
    }
  }

  /** The task was created; what the listener could only read inside the engine command. */
  record Created(
      Task task,
      SourceReference sourceReference,
      String formKey,
      String businessKey,
      Set<String> candidateUsers,
      Set<String> candidateGroups)
      implements TaskFact {

    @Override
    public String taskId() {
      return task.getId();
    }
  }

  /** The task was updated through the API; {@code before} holds its attributes before. */
  record Updated(
      Task task,
      String processDefinitionKey,
      String processInstanceId,
      String businessKey,
      TaskAttributes before)
      implements TaskFact {

    @Override
    public String taskId() {
      return task.getId();
    }
  }
}
