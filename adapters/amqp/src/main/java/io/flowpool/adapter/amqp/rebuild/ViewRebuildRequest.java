package io.flowpool.adapter.amqp.rebuild;

import java.time.Instant;

/**
 * A platform's request that every process application re-publishes its event store.
 *
 * @param requestId unique id, also the message id
 * @param requestedAt when the platform sent it
 * @param requestedBy the platform node that sent it
 * @param routed whether the broker routed it to at least one application's queue (false: no process
 *     application has declared its rebuild queue yet)
 */
public record ViewRebuildRequest(
    String requestId, Instant requestedAt, String requestedBy, boolean routed) {}
