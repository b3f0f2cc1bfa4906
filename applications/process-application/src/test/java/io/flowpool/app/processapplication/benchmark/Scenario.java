package io.flowpool.app.processapplication.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** The two applications compared: the bare engine, and the engine with collector and core. */
enum Scenario {

  /** Camunda only: no auto-configuration of Flowpool or Axon, so nothing of Flowpool runs. */
  PLAIN("plain"),

  /** The starter's collector and Axon core, storing events in the engine's database. */
  FLOWPOOL("flowpool");

  private final String label;

  Scenario(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The properties that make this scenario, on top of collector-benchmark.yaml. */
  List<String> properties() {
    if (this == FLOWPOOL) {
      return List.of("flowpool.collector.enabled=true");
    }
    return List.of("flowpool.collector.enabled=false", "flowpool.engine-client.enabled=false");
  }

  /** Left out: Camunda's REST API always, Flowpool's and Axon's auto-configuration when plain. */
  List<String> excludedAutoConfigurations() {
    List<String> excluded = new ArrayList<>();
    excluded.add(CamundaBpmRestJerseyAutoConfiguration.class.getName());
    if (this == PLAIN) {
      ImportCandidates.load(AutoConfiguration.class, Scenario.class.getClassLoader())
          .forEach(
              name -> {
                if (name.startsWith("io.flowpool.") || name.startsWith("org.axonframework.")) {
                  excluded.add(name);
                }
              });
    }
    return excluded;
  }
}
