package io.flowpool.adapter.camunda.collector;

import io.flowpool.common.api.SourceKind;
import io.flowpool.common.api.SourceReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Builds the source reference of a process instance, task or variable. Definition keys and names
 * come from the engine's deployment cache (definitions never change, so they are kept here too);
 * reading it needs a command context, so this is called from within engine commands only.
 */
final class SourceReferences {

  private record Definition(String key, String name) {}

  private final String applicationName;
  private final ProcessEngineConfigurationImpl engine;
  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

  SourceReferences(String applicationName, ProcessEngineConfigurationImpl engine) {
    this.applicationName = applicationName;
    this.engine = engine;
  }

  String applicationName() {
    return applicationName;
  }

  SourceReference process(
      String instanceId, String executionId, String definitionId, String tenantId) {
    Definition definition = definition(definitionId);
    return new SourceReference(
        SourceKind.PROCESS,
        instanceId,
        executionId,
        definitionId,
        definition.key(),
        definition.name(),
        applicationName,
        tenantId);
  }

  String definitionKey(String definitionId) {
    return definition(definitionId).key();
  }

  private Definition definition(String definitionId) {
    return definitions.computeIfAbsent(
        definitionId,
        id -> {
          ProcessDefinitionEntity entity =
              engine.getDeploymentCache().findDeployedProcessDefinitionById(id);
          return new Definition(entity.getKey(), entity.getName());
        });
  }
}
