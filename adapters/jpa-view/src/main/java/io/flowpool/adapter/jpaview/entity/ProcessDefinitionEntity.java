package io.flowpool.adapter.jpaview.entity;

import io.flowpool.view.api.ProcessDefinitionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code fp_process_definition}. */
@Entity
@Table(name = "fp_process_definition")
public class ProcessDefinitionEntity {

  @Id
  @Column(name = "id", nullable = false)
  private String id;

  @Column(name = "definition_key", nullable = false)
  private String definitionKey;

  @Column(name = "definition_version", nullable = false)
  private int definitionVersion;

  @Column(name = "application_name")
  private String applicationName;

  @Column(name = "process_name")
  private String processName;

  @Column(name = "version_tag")
  private String versionTag;

  @Column(name = "description")
  private String description;

  @Column(name = "form_key")
  private String formKey;

  @Column(name = "startable_from_tasklist", nullable = false)
  private boolean startableFromTasklist;

  @Column(name = "candidate_starter_users", nullable = false)
  private String[] candidateStarterUsers;

  @Column(name = "candidate_starter_groups", nullable = false)
  private String[] candidateStarterGroups;

  /** Candidate starter users and groups, for the one indexed authorization test. */
  @Column(name = "principals", nullable = false)
  private String[] principals;

  protected ProcessDefinitionEntity() {}

  public ProcessDefinitionEntity(String id) {
    this.id = id;
  }

  /** Takes over every field of the view (whose id is this row's). */
  public void write(ProcessDefinitionView definition) {
    definitionKey = definition.processDefinitionKey();
    definitionVersion = definition.processDefinitionVersion();
    applicationName = definition.applicationName();
    processName = definition.processName();
    versionTag = definition.versionTag();
    description = definition.description();
    formKey = definition.formKey();
    startableFromTasklist = definition.startableFromTasklist();
    candidateStarterUsers = definition.candidateStarterUsers().toArray(String[]::new);
    candidateStarterGroups = definition.candidateStarterGroups().toArray(String[]::new);
    principals =
        Principals.of(
            definition.candidateStarterUsers(), definition.candidateStarterGroups(), null);
  }
}
