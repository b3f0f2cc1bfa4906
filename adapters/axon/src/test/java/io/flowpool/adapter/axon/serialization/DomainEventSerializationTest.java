package io.flowpool.adapter.axon.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpool.datapool.api.DataEntryEvent;
import io.flowpool.taskpool.api.process.ProcessDefinitionRegisteredEvent;
import io.flowpool.taskpool.api.process.ProcessInstanceEvent;
import io.flowpool.taskpool.api.task.TaskEvent;
import io.flowpool.taskpool.testing.TaskSamples;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every domain event survives Axon's Jackson serializer built on Spring Boot's ObjectMapper. */
class DomainEventSerializationTest {

  private static JacksonSerializer serializer;

  /** Spring Boot's ObjectMapper with the module this adapter contributes, as Axon gets it. */
  @BeforeAll
  static void springBootsObjectMapper() {
    AtomicReference<ObjectMapper> mapper = new AtomicReference<>();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withBean(DomainRecordsModule.class, DomainRecordsModule::new)
        .run(context -> mapper.set(context.getBean(ObjectMapper.class)));
    serializer =
        JacksonSerializer.builder()
            .objectMapper(mapper.get())
            .revisionResolver(new DomainEventRevisions())
            .build();
  }

  static Stream<Object> events() {
    return DomainEventSamples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void event_round_trips_through_the_jackson_serializer_with_revision_1(Object event) {
    SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

    assertThat(serialized.getType().getName()).isEqualTo(event.getClass().getName());
    assertThat(serialized.getType().getRevision()).isEqualTo("1");
    Object back = serializer.deserialize(serialized);
    assertThat(back).isEqualTo(event);
  }

  @Test
  void instants_are_written_as_iso_strings_and_payloads_as_plain_maps() {
    String json =
        new String(
            serializer.serialize(TaskSamples.created("t1"), byte[].class).getData(),
            StandardCharsets.UTF_8);

    assertThat(json)
        .contains("\"createTime\":\"2026-03-02T09:15:00Z\"")
        .contains("\"payload\":{\"values\":{\"orderId\":\"4711\"")
        .contains("\"correlations\":{\"entries\":{\"order\":\"4711\"}}")
        .doesNotContain("\"empty\"");
  }

  @Test
  void samples_cover_every_event_class_with_a_revision() {
    Set<Class<?>> sampled = new HashSet<>();
    DomainEventSamples.all().forEach(event -> sampled.add(event.getClass()));

    assertThat(sampled).containsExactlyInAnyOrderElementsOf(DomainEventRevisions.eventClasses());
  }

  @Test
  void every_permitted_domain_event_class_has_a_revision() {
    Set<Class<?>> events = new HashSet<>();
    events.add(ProcessDefinitionRegisteredEvent.class);
    Stream.of(TaskEvent.class, ProcessInstanceEvent.class, DataEntryEvent.class)
        .forEach(root -> collectRecords(root, events));

    assertThat(DomainEventRevisions.eventClasses()).containsExactlyInAnyOrderElementsOf(events);
  }

  @Test
  void classes_that_are_no_domain_events_have_no_revision() {
    assertThat(new DomainEventRevisions().revisionOf(String.class)).isNull();
  }

  private static void collectRecords(Class<?> type, Set<Class<?>> into) {
    if (type.isSealed()) {
      Arrays.stream(type.getPermittedSubclasses()).forEach(sub -> collectRecords(sub, into));
    } else {
      into.add(type);
    }
  }
}
