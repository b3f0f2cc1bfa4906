package io.flowpool.taskpool.api.task;

/** A command addressed to one task. */
public sealed interface TaskCommand permits EngineTaskCommand, InteractionTaskCommand {

  String taskId();
}
