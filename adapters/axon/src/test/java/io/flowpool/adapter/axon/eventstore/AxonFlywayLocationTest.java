package io.flowpool.adapter.axon.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

class AxonFlywayLocationTest {

  private static String[] locationsAfterCustomizing(String... configured) {
    FluentConfiguration configuration = Flyway.configure().locations(configured);
    new AxonFlywayLocation().customize(configuration);
    return Arrays.stream(configuration.getLocations())
        .map(Location::getDescriptor)
        .toArray(String[]::new);
  }

  @Test
  void event_store_location_is_added_to_the_applications_locations() {
    assertThat(locationsAfterCustomizing("classpath:db/app"))
        .containsExactly("classpath:db/app", "classpath:db/migration/axon");
  }

  @Test
  void default_location_already_covers_the_event_store_scripts() {
    assertThat(locationsAfterCustomizing("classpath:db/migration"))
        .containsExactly("classpath:db/migration");
  }

  @Test
  void event_store_location_is_not_added_twice() {
    assertThat(locationsAfterCustomizing("classpath:db/app", "classpath:db/migration/axon"))
        .containsExactly("classpath:db/app", "classpath:db/migration/axon");
  }

  @Test
  void a_sibling_folder_does_not_cover_the_event_store_scripts() {
    assertThat(locationsAfterCustomizing("classpath:db/migration/ax"))
        .containsExactly("classpath:db/migration/ax", "classpath:db/migration/axon");
  }
}
