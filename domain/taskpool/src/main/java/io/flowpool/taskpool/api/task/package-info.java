/**
 * User task commands and events.
 *
 * <p>Engine commands ({@link io.flowpool.taskpool.api.task.EngineTaskCommand}) report what the
 * engine did and change the task. Interaction commands ({@link
 * io.flowpool.taskpool.api.task.InteractionTaskCommand}) carry what a user wants done; their events
 * ask the owning engine to do it and change nothing until the engine reports back.
 */
package io.flowpool.taskpool.api.task;
