package io.flowpool.adapter.camunda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the collector that reports the engine's tasks, instances and definitions. */
@ConfigurationProperties(prefix = "flowpool.collector")
public class FlowpoolCollectorProperties {

  /** Whether the collector reports engine events to the taskpool. */
  private boolean enabled = true;

  /**
   * Hand each engine transaction's commands to the taskpool just before the engine commits, inside
   * its transaction (a failure rolls the engine back). False: right after the commit, in a new
   * transaction.
   */
  private boolean sendWithinTransaction = true;

  /** Import the tasks that already exist in the engine once the application is ready. */
  private boolean importOnStartup = false;

  /**
   * Register every deployed process definition once the application is ready (unchanged ones record
   * nothing): recovers registrations of a start-up that was killed before it handed over the
   * auto-deployment.
   */
  private boolean registerDefinitionsOnStartup = true;

  /** How many existing tasks (or deployed definitions) one start-up transaction reports. */
  private int importPageSize = 500;

  /** Which process variables become a task's payload. */
  private final Enricher enricher = new Enricher();

  /** Which process variables correlate a task with data entries. */
  private final Correlations correlations = new Correlations();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isSendWithinTransaction() {
    return sendWithinTransaction;
  }

  public void setSendWithinTransaction(boolean sendWithinTransaction) {
    this.sendWithinTransaction = sendWithinTransaction;
  }

  public boolean isImportOnStartup() {
    return importOnStartup;
  }

  public void setImportOnStartup(boolean importOnStartup) {
    this.importOnStartup = importOnStartup;
  }

  public boolean isRegisterDefinitionsOnStartup() {
    return registerDefinitionsOnStartup;
  }

  public void setRegisterDefinitionsOnStartup(boolean registerDefinitionsOnStartup) {
    this.registerDefinitionsOnStartup = registerDefinitionsOnStartup;
  }

  public int getImportPageSize() {
    return importPageSize;
  }

  public void setImportPageSize(int importPageSize) {
    this.importPageSize = importPageSize;
  }

  public Enricher getEnricher() {
    return enricher;
  }

  public Correlations getCorrelations() {
    return correlations;
  }

  /** Variable names to include in or exclude from a payload. */
  public static class VariableFilter {

    /** Only these variables (empty: all, unless a more general level has a list). */
    private List<String> include = new ArrayList<>();

    /** Never these variables. */
    private List<String> exclude = new ArrayList<>();

    public List<String> getInclude() {
      return include;
    }

    public void setInclude(List<String> include) {
      this.include = include;
    }

    public List<String> getExclude() {
      return exclude;
    }

    public void setExclude(List<String> exclude) {
      this.exclude = exclude;
    }
  }

  /**
   * Payload filters: global, per process definition key, per task definition key. The most specific
   * include list that exists decides; every exclude list on the way applies.
   */
  public static class Enricher extends VariableFilter {

    /** Fill payload and correlations from process variables. */
    private boolean enabled = true;

    /** Filters per process definition key. */
    private Map<String, ProcessFilter> processes = new LinkedHashMap<>();

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Map<String, ProcessFilter> getProcesses() {
      return processes;
    }

    public void setProcesses(Map<String, ProcessFilter> processes) {
      this.processes = processes;
    }
  }

  /** The payload filter of one process and of its tasks. */
  public static class ProcessFilter extends VariableFilter {

    /** Filters per task definition key. */
    private Map<String, VariableFilter> tasks = new LinkedHashMap<>();

    public Map<String, VariableFilter> getTasks() {
      return tasks;
    }

    public void setTasks(Map<String, VariableFilter> tasks) {
      this.tasks = tasks;
    }
  }

  /**
   * Variable name to data entry type: a task whose process has variable {@code order-id = 42} and
   * the mapping {@code order-id: order} correlates with the data entry {@code order#42}.
   */
  public static class Correlations {

    /** Mappings for every process. */
    private Map<String, String> variables = new LinkedHashMap<>();

    /** Mappings per process definition key. */
    private Map<String, ProcessCorrelations> processes = new LinkedHashMap<>();

    public Map<String, String> getVariables() {
      return variables;
    }

    public void setVariables(Map<String, String> variables) {
      this.variables = variables;
    }

    public Map<String, ProcessCorrelations> getProcesses() {
      return processes;
    }

    public void setProcesses(Map<String, ProcessCorrelations> processes) {
      this.processes = processes;
    }
  }

  /** Correlation mappings of one process and of its tasks. */
  public static class ProcessCorrelations {

    /** Mappings for every task of the process. */
    private Map<String, String> variables = new LinkedHashMap<>();

    /** Mappings per task definition key. */
    private Map<String, Map<String, String>> tasks = new LinkedHashMap<>();

    public Map<String, String> getVariables() {
      return variables;
    }

    public void setVariables(Map<String, String> variables) {
      this.variables = variables;
    }

    public Map<String, Map<String, String>> getTasks() {
      return tasks;
    }

    public void setTasks(Map<String, Map<String, String>> tasks) {
      this.tasks = tasks;
    }
  }
}
