package io.flowpool.view.model;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.view.api.TaskView;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** Changes some fields of a {@link TaskView} and builds the new one. */
public final class TaskViewBuilder {

  private String id;
  private SourceReference sourceReference;
  private String taskDefinitionKey;
  private String formKey;
  private String businessKey;
  private Payload payload;
  private Correlations correlations;
  private String assignee;
  private Set<String> candidateUsers;
  private Set<String> candidateGroups;
  private Instant createTime;
  private String description;
  private Instant dueDate;
  private Instant followUpDate;
  private String name;
  private String owner;
  private int priority;
  private long version;

  private TaskViewBuilder() {}

  public static TaskViewBuilder from(TaskView task) {
    TaskViewBuilder builder = new TaskViewBuilder();
    builder.id = task.id();
    builder.sourceReference = task.sourceReference();
    builder.taskDefinitionKey = task.taskDefinitionKey();
    builder.formKey = task.formKey();
    builder.businessKey = task.businessKey();
    builder.payload = task.payload();
    builder.correlations = task.correlations();
    builder.assignee = task.assignee();
    builder.candidateUsers = new TreeSet<>(task.candidateUsers());
    builder.candidateGroups = new TreeSet<>(task.candidateGroups());
    builder.createTime = task.createTime();
    builder.description = task.description();
    builder.dueDate = task.dueDate();
    builder.followUpDate = task.followUpDate();
    builder.name = task.name();
    builder.owner = task.owner();
    builder.priority = task.priority();
    builder.version = task.version();
    return builder;
  }

  public TaskViewBuilder businessKey(String value) {
    this.businessKey = value;
    return this;
  }

  public TaskViewBuilder payload(Payload value) {
    this.payload = value;
    return this;
  }

  public TaskViewBuilder correlations(Correlations value) {
    this.correlations = value;
    return this;
  }

  public TaskViewBuilder assignee(String value) {
    this.assignee = value;
    return this;
  }

  public TaskViewBuilder candidateUser(String user, boolean member) {
    if (member) {
      candidateUsers.add(user);
    } else {
      candidateUsers.remove(user);
    }
    return this;
  }

  public TaskViewBuilder candidateGroup(String group, boolean member) {
    if (member) {
      candidateGroups.add(group);
    } else {
      candidateGroups.remove(group);
    }
    return this;
  }

  public TaskViewBuilder description(String value) {
    this.description = value;
    return this;
  }

  public TaskViewBuilder dueDate(Instant value) {
    this.dueDate = value;
    return this;
  }

  public TaskViewBuilder followUpDate(Instant value) {
    this.followUpDate = value;
    return this;
  }

  public TaskViewBuilder name(String value) {
    this.name = value;
    return this;
  }

  public TaskViewBuilder owner(String value) {
    this.owner = value;
    return this;
  }

  public TaskViewBuilder priority(int value) {
    this.priority = value;
    return this;
  }

  public TaskViewBuilder version(long value) {
    this.version = value;
    return this;
  }

  public TaskView build() {
    return new TaskView(
        id,
        sourceReference,
        taskDefinitionKey,
        formKey,
        businessKey,
        payload,
        correlations,
        assignee,
        candidateUsers,
        candidateGroups,
        createTime,
        description,
        dueDate,
        followUpDate,
        name,
        owner,
        priority,
        version);
  }
}
