package io.flowpool.adapter.axon.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.adapter.axon.eventstore.ByteaPostgreSQLDialect;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class FlowpoolAxonDefaultsTest {

  private static StandardEnvironment environmentWith(Map<String, Object> applicationProperties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("application", applicationProperties));
    new FlowpoolAxonDefaults().postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }

  @Test
  void axon_runs_without_axon_server_and_serializes_with_jackson() {
    StandardEnvironment environment = environmentWith(Map.of());

    assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
    assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("jackson");
    assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
    assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("jackson");
    assertThat(environment.getProperty("spring.jpa.database-platform"))
        .isEqualTo(ByteaPostgreSQLDialect.class.getName());
  }

  @Test
  void axons_message_timeouts_are_off_unless_the_application_turns_them_on() {
    assertThat(environmentWith(Map.of()).getProperty("axon.timeout.enabled")).isEqualTo("false");
    assertThat(
            environmentWith(Map.of("axon.timeout.enabled", "true"))
                .getProperty("axon.timeout.enabled"))
        .isEqualTo("true");
  }

  @Test
  void application_properties_win_over_the_defaults() {
    StandardEnvironment environment = environmentWith(Map.of("axon.serializer.messages", "cbor"));

    assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("cbor");
  }
}
