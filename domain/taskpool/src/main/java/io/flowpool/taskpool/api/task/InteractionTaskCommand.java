package io.flowpool.taskpool.api.task;

/**
 * What a user asks for from the tasklist. {@link #expectedVersion()} is the task version the user
 * saw (the sequence number of its last event); when set, the command is refused if the task has
 * changed since. Null means "whatever the current version is".
 */
public sealed interface InteractionTaskCommand extends TaskCommand
    permits ClaimTaskCommand,
        UnclaimTaskCommand,
        MarkTaskToBeCompletedCommand,
        DeferTaskCommand,
        UndeferTaskCommand {

  Long expectedVersion();
}
