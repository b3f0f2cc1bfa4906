package io.flowpool.adapter.jpaview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

class ViewFlywayLocationTest {

  @Test
  void the_default_location_already_covers_the_view_migrations() {
    FluentConfiguration configuration = new FluentConfiguration();

    new ViewFlywayLocation().customize(configuration);

    assertThat(locations(configuration)).containsExactly("classpath:db/migration");
  }

  @Test
  void another_location_gets_the_view_migrations_added() {
    FluentConfiguration configuration = new FluentConfiguration().locations("classpath:db/app");

    new ViewFlywayLocation().customize(configuration);

    assertThat(locations(configuration))
        .containsExactly("classpath:db/app", ViewFlywayLocation.LOCATION);
  }

  private static String[] locations(FluentConfiguration configuration) {
    return Arrays.stream(configuration.getLocations())
        .map(Location::getDescriptor)
        .toArray(String[]::new);
  }
}
