package io.flowpool.adapter.jpaview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

/**
 * Adds the view's migrations to the application's Flyway unless a configured location already
 * covers them (the default {@code classpath:db/migration} does, as it scans sub-folders): the same
 * script found twice would be a duplicate version.
 */
public class ViewFlywayLocation implements FlywayConfigurationCustomizer {

  /** Where the view's tables are created, versions 2.x. */
  public static final String LOCATION = "classpath:db/migration/view";

  private static final String PATH = "db/migration/view";

  @Override
  public void customize(FluentConfiguration configuration) {
    Location[] configured = configuration.getLocations();
    if (Arrays.stream(configured).anyMatch(ViewFlywayLocation::covers)) {
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
