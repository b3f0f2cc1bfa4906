package io.flowpool.adapter.camunda.collector;

import io.flowpool.taskpool.api.process.RegisterProcessDefinitionCommand;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/** Reads a deployed process definition into its registration (inside an engine command). */
final class ProcessDefinitionReader {

  private final String applicationName;
  private final ProcessEngineConfigurationImpl engine;

  ProcessDefinitionReader(String applicationName, ProcessEngineConfigurationImpl engine) {
    this.applicationName = applicationName;
    this.engine = engine;
  }

  RegisterProcessDefinitionCommand read(String processDefinitionId) {
    ProcessDefinitionEntity definition =
        engine.getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
    return new RegisterProcessDefinitionCommand(
        definition.getId(),
        definition.getKey(),
        definition.getVersion(),
        applicationName,
        definition.getName(),
        definition.getVersionTag(),
        definition.getDescription(),
        startFormKey(definition),
        definition.isStartableInTasklist(),
        texts(definition.getCandidateStarterUserIdExpressions()),
        texts(definition.getCandidateStarterGroupIdExpressions()));
  }

  private static String startFormKey(ProcessDefinitionEntity definition) {
    FormDefinition form = definition.getStartFormDefinition();
    return form == null || form.getFormKey() == null ? null : form.getFormKey().getExpressionText();
  }

  // The engine stores candidate starters as these texts (its identity links hold the same).
  private static Set<String> texts(Set<Expression> expressions) {
    Set<String> texts = new TreeSet<>();
    expressions.forEach(expression -> texts.add(expression.getExpressionText()));
    return texts;
  }
}
