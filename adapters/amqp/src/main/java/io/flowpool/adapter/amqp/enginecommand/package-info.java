/**
 * Engine commands over RabbitMQ: the platform sends a user's claim, unclaim, complete, defer or
 * undefer to the application that owns the task and waits for its answer (accepted, or refused with
 * a reason); the process application consumes its own queue, dispatches the command to its deciders
 * and replies. No HTTP between platform and engines.
 */
package io.flowpool.adapter.amqp.enginecommand;
