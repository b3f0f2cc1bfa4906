package io.flowpool.e2e.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one {@link DistributedDeployment} of the test run: started by the first
 * class that asks, closed when JUnit closes its root store (the run ends).
 */
public class SharedDeployment implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == DistributedDeployment.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return extension
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            DistributedDeployment.class,
            key -> new Closing(DistributedDeployment.start()),
            Closing.class)
        .deployment();
  }

  /** Closes the deployment with the store. */
  private record Closing(DistributedDeployment deployment)
      implements ExtensionContext.Store.CloseableResource {

    @Override
    public void close() {
      deployment.close();
    }
  }
}
