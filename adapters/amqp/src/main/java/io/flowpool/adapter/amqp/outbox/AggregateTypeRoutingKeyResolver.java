package io.flowpool.adapter.amqp.outbox;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.amqp.eventhandling.RoutingKeyResolver;

/**
 * Routes an event by what it is about and where it comes from: {@code
 * <aggregateType>.<application>}, e.g. {@code Task.order-application}, so a consumer can bind to
 * one aggregate type or one application.
 */
public class AggregateTypeRoutingKeyResolver implements RoutingKeyResolver {

  private final String applicationName;

  public AggregateTypeRoutingKeyResolver(String applicationName) {
    this.applicationName = applicationName;
  }

  @Override
  public String resolveRoutingKey(EventMessage<?> message) {
    String type = null;
    if (message instanceof DomainEventMessage<?> domainEvent) {
      type = domainEvent.getType();
    }
    if (type == null || type.isBlank()) {
      type = message.getPayloadType().getSimpleName();
    }
    return type + "." + applicationName;
  }
}
