package io.flowpool.adapter.rest.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flowpool.adapter.rest.dataentry.DataEntryJson;
import io.flowpool.adapter.rest.web.SourceReferenceJson;
import io.flowpool.view.api.DataEntryView;
import io.flowpool.view.api.TaskView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task as JSON, with the field names of the taskpool's commands; payload and correlations are
 * plain objects.
 */
@Schema(name = "Task")
public record TaskJson(
    String id,
    SourceReferenceJson sourceReference,
    @Schema(description = "sourceReference.name, for convenience") String processName,
    @Schema(description = "sourceReference.applicationName, for convenience")
        String applicationName,
    String taskDefinitionKey,
    String formKey,
    String businessKey,
    Map<String, Object> payload,
    @Schema(description = "entry type to entry id of correlated data entries")
        Map<String, String> correlations,
    String assignee,
    Set<String> candidateUsers,
    Set<String> candidateGroups,
    Instant createTime,
    String description,
    Instant dueDate,
    Instant followUpDate,
    String name,
    String owner,
    int priority,
    @Schema(
            description =
                "the sequence number of the task's last event the view applied; pass it as"
                    + " `version` with an action to have it refused if the task changed since")
        long version,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "the correlated data entries the caller may see; only with withDataEntries=true")
        List<DataEntryJson> dataEntries) {

  public static TaskJson of(TaskView task) {
    return of(task, null);
  }

  /**
   * @param dataEntries null to leave the field out
   */
  public static TaskJson of(TaskView task, List<DataEntryView> dataEntries) {
    return new TaskJson(
        task.id(),
        SourceReferenceJson.of(task.sourceReference()),
        task.processName(),
        task.applicationName(),
        task.taskDefinitionKey(),
        task.formKey(),
        task.businessKey(),
        task.payload().values(),
        task.correlations().entries(),
        task.assignee(),
        task.candidateUsers(),
        task.candidateGroups(),
        task.createTime(),
        task.description(),
        task.dueDate(),
        task.followUpDate(),
        task.name(),
        task.owner(),
        task.priority(),
        task.version(),
        dataEntries == null ? null : dataEntries.stream().map(DataEntryJson::of).toList());
  }
}
