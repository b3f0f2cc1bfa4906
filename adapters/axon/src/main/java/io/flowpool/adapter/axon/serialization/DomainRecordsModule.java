package io.flowpool.adapter.axon.serialization;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes Flowpool's records as exactly their components. Jackson would also write a helper such as
 * {@code Payload.isEmpty()} as a property {@code "empty"}, which the canonical constructor does not
 * know: a strict reader would refuse the event, and the stored JSON would carry noise.
 */
public class DomainRecordsModule extends SimpleModule {

  private static final String DOMAIN_PACKAGE = "io.flowpool.";

  public DomainRecordsModule() {
    super("flowpool-domain-records");
    setSerializerModifier(new ComponentsOnly());
  }

  private static final class ComponentsOnly extends BeanSerializerModifier {

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config,
        BeanDescription description,
        List<BeanPropertyWriter> properties) {
      Class<?> type = description.getBeanClass();
      if (!type.isRecord() || !type.getName().startsWith(DOMAIN_PACKAGE)) {
        return properties;
      }
      Set<String> components =
          Arrays.stream(type.getRecordComponents())
              .map(RecordComponent::getName)
              .collect(Collectors.toSet());
      return properties.stream().filter(p -> components.contains(p.getName())).toList();
    }
  }
}
