package io.flowpool.adapter.rest.process;

import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ProcessDefinitionsStartableByUserQuery;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstancesByStateQuery;
import io.flowpool.view.api.ProcessVariablesForInstanceQuery;
import io.flowpool.view.port.in.ProcessQueryUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Process definitions the caller may start; process instances and their variables, which carry no
 * authorization of their own and are for the admin group only.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "processes")
public class ProcessController {

  private final ProcessQueryUseCase processes;

  public ProcessController(ProcessQueryUseCase processes) {
    this.processes = processes;
  }

  @GetMapping("/process-definitions")
  @Operation(
      summary = "The process definitions the caller may start from the tasklist",
      description = "Newest version first per key.")
  public List<ProcessDefinitionJson> startableDefinitions(CurrentUser user) {
    return processes
        .processDefinitionsStartableByUser(new ProcessDefinitionsStartableByUserQuery(user))
        .stream()
        .map(ProcessDefinitionJson::of)
        .toList();
  }

  @GetMapping("/process-instances")
  @Operation(summary = "Process instances by state (admin group only)")
  @ApiResponse(responseCode = "200", description = "one page, by instance id")
  @ApiResponse(responseCode = "400", description = "an unknown state or a bad page")
  @ApiResponse(responseCode = "403", description = "the caller is not in the admin group")
  public ProcessInstancePage instances(
      @Parameter(description = "repeatable; RUNNING if none is given")
          @RequestParam(defaultValue = "RUNNING")
          Set<ProcessInstanceState> state,
      @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "page size, 1 to 1000") @RequestParam(defaultValue = "50")
          int size) {
    return ProcessInstancePage.of(
        processes.processInstancesByState(new ProcessInstancesByStateQuery(state, page, size)));
  }

  @GetMapping("/process-instances/{id}/variables")
  @Operation(
      summary = "The current variables of a process instance (admin group only)",
      description = "By name; an unknown instance has none.")
  @ApiResponse(responseCode = "200", description = "the variables")
  @ApiResponse(responseCode = "403", description = "the caller is not in the admin group")
  public List<ProcessVariableJson> variables(
      @PathVariable String id,
      @Parameter(description = "repeatable; only these variables (all if none is given)")
          @RequestParam(required = false)
          Set<String> name) {
    return processes
        .processVariablesForInstance(new ProcessVariablesForInstanceQuery(id, name))
        .stream()
        .map(ProcessVariableJson::of)
        .toList();
  }
}
