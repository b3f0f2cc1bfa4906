package io.flowpool.adapter.amqp.deadletter;

/**
 * A message the view could not take, as an operator sees it.
 *
 * @param messageId the event id (Axon message id)
 * @param type the event's payload type
 * @param aggregateId the aggregate the event belongs to
 * @param sequenceNumber the event's sequence number in its aggregate, null if unknown
 * @param reason why RabbitMQ dead-lettered it: {@code delivery_limit} (projection kept failing),
 *     {@code rejected} (unreadable), {@code expired} or {@code maxlen}
 * @param queue the queue that dead-lettered it
 * @param routingKey the routing key it was published with
 * @param deaths how often it has been dead-lettered from that queue
 */
public record DeadLetter(
    String messageId,
    String type,
    String aggregateId,
    Long sequenceNumber,
    String reason,
    String queue,
    String routingKey,
    long deaths) {}
