package io.flowpool.adapter.camunda.collector;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Runs after the engine's own deployers and records the process definitions a new deployment
 * created. Re-deploying a definition into the cache (after a restart or cache eviction) is no
 * deployment and is not recorded.
 */
final class DeploymentCollector implements Deployer {

  private final TransactionBoundFacts facts;

  DeploymentCollector(TransactionBoundFacts facts) {
    this.facts = facts;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions();
    if (!deployment.isNew() || definitions == null || definitions.isEmpty()) {
      return;
    }
    TransactionFacts current = facts.current();
    definitions.forEach(definition -> current.definitionDeployed(definition.getId()));
  }
}
