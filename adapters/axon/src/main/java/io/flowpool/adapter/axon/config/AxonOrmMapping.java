package io.flowpool.adapter.axon.config;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.orm.jpa.EntityManagerFactoryBuilder;

/**
 * Adds {@value #MAPPING_FILE} (the global index from its column's default) to the persistence unit.
 * It has a name of its own because Spring picks up only the first {@code META-INF/orm.xml} on the
 * class path.
 */
class AxonOrmMapping implements EntityManagerFactoryBuilderCustomizer {

  static final String MAPPING_FILE = "META-INF/flowpool-axon-orm.xml";

  @Override
  public void customize(EntityManagerFactoryBuilder builder) {
    builder.setPersistenceUnitPostProcessors(unit -> unit.addMappingFileName(MAPPING_FILE));
  }
}
