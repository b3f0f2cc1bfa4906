package io.flowpool.adapter.camunda.collector;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches the collector's task listener to every user task as a built-in listener: it runs before
 * the model's own listeners and cannot be skipped (e.g. by skipCustomListeners).
 */
final class UserTaskParseListener extends AbstractBpmnParseListener {

  private static final String[] EVENTS = {
    TaskListener.EVENTNAME_CREATE,
    TaskListener.EVENTNAME_UPDATE,
    TaskListener.EVENTNAME_COMPLETE,
    TaskListener.EVENTNAME_DELETE
  };

  private final TaskListener listener;

  UserTaskParseListener(TaskListener listener) {
    this.listener = listener;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
      TaskDefinition definition = behavior.getTaskDefinition();
      for (String event : EVENTS) {
        definition.addBuiltInTaskListener(event, listener);
      }
    }
  }
}
