package io.flowpool.taskpool.model;

import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.EngineTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * What one engine transaction did to one task, folded command by command in arrival order into as
 * few commands as possible.
 */
final class TaskIntent {

  private final String taskId;
  private final CandidateChanges users = new CandidateChanges();
  private final CandidateChanges groups = new CandidateChanges();
  private CreateTaskCommand create;
  private AssignTaskCommand assignment;
  private UpdateTaskAttributesCommand update;
  private EngineTaskCommand ending;

  TaskIntent(String taskId) {
    this.taskId = taskId;
  }

  void apply(EngineTaskCommand command) {
    // Once the task ended, the engine still reports e.g. the removal of its identity links: moot.
    if (ending != null) {
      return;
    }
    // Java 17 has no pattern matching for switch: one instanceof per sealed subtype.
    if (command instanceof CreateTaskCommand created) {
      create(created);
    } else if (command instanceof AssignTaskCommand assigned) {
      assignment = assigned;
    } else if (command instanceof AddCandidateUsersCommand added) {
      users.add(added.candidateUsers());
    } else if (command instanceof DeleteCandidateUsersCommand deleted) {
      users.remove(deleted.candidateUsers());
    } else if (command instanceof AddCandidateGroupsCommand added) {
      groups.add(added.candidateGroups());
    } else if (command instanceof DeleteCandidateGroupsCommand deleted) {
      groups.remove(deleted.candidateGroups());
    } else if (command instanceof UpdateTaskAttributesCommand updated) {
      update = update == null ? updated : AttributeUpdates.merge(update, updated);
    } else if (command instanceof CompleteTaskCommand completed) {
      complete(completed);
    } else if (command instanceof DeleteTaskCommand deleted) {
      end(deleted);
    }
  }

  /** The commands to dispatch for this task, in the order they must be handled. */
  List<EngineTaskCommand> toCommands() {
    List<EngineTaskCommand> commands = new ArrayList<>();
    if (create != null) {
      commands.add(createWithChanges());
    } else {
      commands.addAll(changes());
    }
    if (ending != null) {
      commands.add(ending);
    }
    return commands;
  }

  private void create(CreateTaskCommand created) {
    // The create carries the task's full state, so it supersedes whatever was reported before it.
    create = created;
    assignment = null;
    users.clear();
    groups.clear();
    update = null;
  }

  private void complete(CompleteTaskCommand completed) {
    if (create == null && completed.assignee() == null && assignment != null) {
      end(new CompleteTaskCommand(taskId, assignment.assignee()));
    } else {
      end(completed);
    }
  }

  private void end(EngineTaskCommand ended) {
    ending = ended;
    if (create == null) {
      // Changes to a task that ends in the same transaction are moot.
      assignment = null;
      users.clear();
      groups.clear();
      update = null;
    }
  }

  private CreateTaskCommand createWithChanges() {
    CreateTaskCommand merged =
        new CreateTaskCommand(
            taskId,
            create.sourceReference(),
            create.taskDefinitionKey(),
            create.formKey(),
            create.businessKey(),
            create.payload(),
            create.correlations(),
            create.enriched(),
            assignment == null ? create.assignee() : assignment.assignee(),
            users.applyTo(create.candidateUsers()),
            groups.applyTo(create.candidateGroups()),
            create.createTime(),
            create.description(),
            create.dueDate(),
            create.followUpDate(),
            create.name(),
            create.owner(),
            create.priority());
    return update == null ? merged : AttributeUpdates.applyTo(merged, update);
  }

  private List<EngineTaskCommand> changes() {
    List<EngineTaskCommand> changes = new ArrayList<>();
    if (assignment != null) {
      changes.add(assignment);
    }
    if (!users.added().isEmpty()) {
      changes.add(new AddCandidateUsersCommand(taskId, users.added()));
    }
    if (!users.removed().isEmpty()) {
      changes.add(new DeleteCandidateUsersCommand(taskId, users.removed()));
    }
    if (!groups.added().isEmpty()) {
      changes.add(new AddCandidateGroupsCommand(taskId, groups.added()));
    }
    if (!groups.removed().isEmpty()) {
      changes.add(new DeleteCandidateGroupsCommand(taskId, groups.removed()));
    }
    // An update that changed nothing only matters as a sign of life when nothing else is sent.
    if (update != null && !(update.unchanged() && !changes.isEmpty())) {
      changes.add(update);
    }
    return changes;
  }
}
