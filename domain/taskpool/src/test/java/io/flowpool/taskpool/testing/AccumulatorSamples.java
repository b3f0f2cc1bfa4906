package io.flowpool.taskpool.testing;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AddCandidateUsersCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import io.flowpool.taskpool.api.task.CreateTaskCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.DeleteCandidateUsersCommand;
import io.flowpool.taskpool.api.task.DeleteTaskCommand;
import io.flowpool.taskpool.api.task.UpdateTaskAttributesCommand;
import java.time.Instant;
import java.util.Set;

/** Engine task commands as one engine transaction reports them, for accumulator tests. */
public final class AccumulatorSamples {

  public static final SourceReference SOURCE =
      SourceReference.process(
          "instance-1", "execution-1", "approval:1:7", "approval", "Approval", "approval-app");
  public static final Instant CREATED = Instant.parse("2024-05-02T08:00:00Z");

  private AccumulatorSamples() {}

  public static CreateSample createTask(String taskId) {
    return new CreateSample(taskId);
  }

  public static UpdateSample updateTask(String taskId) {
    return new UpdateSample(taskId);
  }

  public static AssignTaskCommand assign(String taskId, String assignee) {
    return new AssignTaskCommand(taskId, assignee);
  }

  public static AddCandidateUsersCommand addUsers(String taskId, String... users) {
    return new AddCandidateUsersCommand(taskId, Set.of(users));
  }

  public static DeleteCandidateUsersCommand deleteUsers(String taskId, String... users) {
    return new DeleteCandidateUsersCommand(taskId, Set.of(users));
  }

  public static AddCandidateGroupsCommand addGroups(String taskId, String... groups) {
    return new AddCandidateGroupsCommand(taskId, Set.of(groups));
  }

  public static DeleteCandidateGroupsCommand deleteGroups(String taskId, String... groups) {
    return new DeleteCandidateGroupsCommand(taskId, Set.of(groups));
  }

  public static CompleteTaskCommand complete(String taskId) {
    return new CompleteTaskCommand(taskId, null);
  }

  public static CompleteTaskCommand complete(String taskId, String assignee) {
    return new CompleteTaskCommand(taskId, assignee);
  }

  public static DeleteTaskCommand delete(String taskId) {
    return new DeleteTaskCommand(taskId, "instance cancelled");
  }

  /** A create of an "Approve request" task; defaults can be overridden one field at a time. */
  public static final class CreateSample {
    private final String taskId;
    private String businessKey = "request-1";
    private Payload payload = Payload.empty();
    private Correlations correlations = Correlations.none();
    private boolean enriched;
    private String assignee;
    private Set<String> candidateUsers = Set.of();
    private Set<String> candidateGroups = Set.of();
    private String description = "Approve the request";
    private Instant dueDate;
    private String name = "Approve request";
    private int priority = 50;

    private CreateSample(String taskId) {
      this.taskId = taskId;
    }

    public CreateSample businessKey(String businessKey) {
      this.businessKey = businessKey;
      return this;
    }

    public CreateSample payload(Payload payload) {
      this.payload = payload;
      return this;
    }

    public CreateSample correlations(Correlations correlations) {
      this.correlations = correlations;
      return this;
    }

    public CreateSample enriched() {
      this.enriched = true;
      return this;
    }

    public CreateSample assignee(String assignee) {
      this.assignee = assignee;
      return this;
    }

    public CreateSample candidateUsers(String... users) {
      this.candidateUsers = Set.of(users);
      return this;
    }

    public CreateSample candidateGroups(String... groups) {
      this.candidateGroups = Set.of(groups);
      return this;
    }

    public CreateSample description(String description) {
      this.description = description;
      return this;
    }

    public CreateSample dueDate(Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    public CreateSample name(String name) {
      this.name = name;
      return this;
    }

    public CreateSample priority(int priority) {
      this.priority = priority;
      return this;
    }

    public CreateTaskCommand build() {
      return new CreateTaskCommand(
          taskId,
          SOURCE,
          "approve",
          "approve-form",
          businessKey,
          payload,
          correlations,
          enriched,
          assignee,
          candidateUsers,
          candidateGroups,
          CREATED,
          description,
          dueDate,
          null,
          name,
          null,
          priority);
    }
  }

  /** An attribute update as the engine's update listener reports it. */
  public static final class UpdateSample {
    private final String taskId;
    private String businessKey;
    private Payload payload = Payload.empty();
    private Correlations correlations = Correlations.none();
    private boolean enriched;
    private String description = "Approve the request";
    private Instant dueDate;
    private String name = "Approve request";
    private int priority = 50;
    private boolean unchanged;

    private UpdateSample(String taskId) {
      this.taskId = taskId;
    }

    public UpdateSample businessKey(String businessKey) {
      this.businessKey = businessKey;
      return this;
    }

    /** Marks the update enriched with this payload and these correlations. */
    public UpdateSample enriched(Payload payload, Correlations correlations) {
      this.payload = payload;
      this.correlations = correlations;
      this.enriched = true;
      return this;
    }

    public UpdateSample description(String description) {
      this.description = description;
      return this;
    }

    public UpdateSample dueDate(Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    public UpdateSample name(String name) {
      this.name = name;
      return this;
    }

    public UpdateSample priority(int priority) {
      this.priority = priority;
      return this;
    }

    public UpdateSample unchanged() {
      this.unchanged = true;
      return this;
    }

    public UpdateTaskAttributesCommand build() {
      return new UpdateTaskAttributesCommand(
          taskId,
          businessKey,
          payload,
          correlations,
          enriched,
          description,
          dueDate,
          null,
          name,
          null,
          priority,
          unchanged);
    }
  }
}
