package io.flowpool.taskpool.api.task;

/**
 * What an engine reports about a task. {@link #order()} ranks the kinds (create first, attribute
 * updates last) like Polyflow's command order; {@link #eventName()} is the engine's event name.
 */
public sealed interface EngineTaskCommand extends TaskCommand
    permits CreateTaskCommand,
        AssignTaskCommand,
        UpdateTaskAttributesCommand,
        AddCandidateUsersCommand,
        DeleteCandidateUsersCommand,
        AddCandidateGroupsCommand,
        DeleteCandidateGroupsCommand,
        CompleteTaskCommand,
        DeleteTaskCommand {

  int ORDER_CREATE = -3;
  int ORDER_COMPLETE = -2;
  int ORDER_DELETE = -1;
  int ORDER_ASSIGN = 0;
  int ORDER_CANDIDATES = 1;
  int ORDER_ATTRIBUTES = 2;

  int order();

  String eventName();
}
