package io.flowpool.adapter.axon.eventstore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

/**
 * Adds the event store's migrations to the application's Flyway, unless a configured location
 * already covers them (the default {@code classpath:db/migration} does): the same script found
 * twice would be a duplicate version.
 */
public class AxonFlywayLocation implements FlywayConfigurationCustomizer {

  /** Where the event store's tables are created. */
  public static final String LOCATION = "classpath:db/migration/axon";

  private static final String PATH = "db/migration/axon";

  @Override
  public void customize(FluentConfiguration configuration) {
    Location[] configured = configuration.getLocations();
    if (Arrays.stream(configured).anyMatch(AxonFlywayLocation::covers)) {
      return;
    }
    List<Location> locations = new ArrayList<>(Arrays.asList(configured));
    locations.add(new Location(LOCATION));
    configuration.locations(locations.toArray(Location[]::new));
  }

  private static boolean covers(Location location) {
    if (!location.isClassPath()) {
      return false;
    }
    String root = location.getRootPath();
    return root.isEmpty() || PATH.equals(root) || PATH.startsWith(root + "/");
  }
}
