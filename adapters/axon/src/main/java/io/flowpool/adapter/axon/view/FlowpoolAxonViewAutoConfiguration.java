package io.flowpool.adapter.axon.view;

import io.flowpool.view.port.in.ProjectEventUseCase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Where a view lives next to the event store (the single node), the view is fed from the store.
 * Active only when the application provides the view's projection use case.
 */
@AutoConfiguration
@ConditionalOnBean(ProjectEventUseCase.class)
public class FlowpoolAxonViewAutoConfiguration {

  @Bean
  ViewProjectionForwarder flowpoolViewProjectionForwarder(ProjectEventUseCase projection) {
    return new ViewProjectionForwarder(projection);
  }
}
