package io.flowpool.architecture;

import java.util.List;

/**
 * A framework or library that must stay inside the adapters named as its homes, with the reason.
 * ARCHITECTURE.md §3 lists the same table in prose.
 */
public record Technology(String name, List<String> packages, List<String> homes, String reason) {

  public static final Technology AXON =
      new Technology(
          "Axon Framework",
          List.of("org.axonframework.."),
          List.of("axon", "amqp"),
          "the aggregate shells, event store and serializers live in adapter.axon, and the Axon AMQP"
              + " extension's message converters in adapter.amqp; everyone else sees domain"
              + " commands and events only");

  public static final Technology CAMUNDA =
      new Technology(
          "Camunda",
          List.of("org.camunda.."),
          List.of("camunda"),
          "only the engine plugin, collector and engine client know the engine; the rest of"
              + " Flowpool works with the domain's task and process events");

  // Axon's JPA event, token and saga stores are configured in adapter.axon, so it may use JPA too.
  public static final Technology JPA =
      new Technology(
          "JPA and Hibernate",
          List.of("jakarta.persistence..", "org.hibernate.."),
          List.of("jpaview", "axon"),
          "entities and queries belong to the PostgreSQL view (adapter.jpaview), and Axon's JPA"
              + " event and token store configuration to adapter.axon; the in-memory view must be"
              + " able to replace the JPA view without touching anything else");

  public static final Technology AMQP =
      new Technology(
          "Spring AMQP and the RabbitMQ client",
          List.of("org.springframework.amqp..", "com.rabbitmq.."),
          List.of("amqp"),
          "the broker topology, outbox forwarder and consumers are one adapter, so the transport"
              + " can be reasoned about and tested in one place");

  public static final Technology SPRING_WEB =
      new Technology(
          "Spring Web",
          List.of("org.springframework.web.."),
          List.of("rest"),
          "HTTP is one way in among several; controllers and web types live in adapter.rest and"
              + " call port.in use cases like every other adapter");

  public static final List<Technology> ALL = List.of(AXON, CAMUNDA, JPA, AMQP, SPRING_WEB);

  /** The same confinement for other packages: a fixture's stand-in for the real framework. */
  public Technology standingIn(String... standInPackages) {
    return new Technology(name, List.of(standInPackages), homes, reason);
  }

  @Override
  public String toString() {
    return name;
  }
}
