package io.flowpool.adapter.camunda.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.AddCandidateGroupsCommand;
import io.flowpool.taskpool.api.task.AssignTaskCommand;
import io.flowpool.taskpool.api.task.CompleteTaskCommand;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;

class TransactionFactsTest {

  @Test
  void a_creation_replaces_the_earlier_assignee_and_candidate_reports_of_its_task_only() {
    TransactionFacts facts = new TransactionFacts();
    facts.task(new AddCandidateGroupsCommand("new", Set.of("sales")));
    facts.task(new AssignTaskCommand("new", "kermit"));
    facts.task(new AssignTaskCommand("other", "piggy"));
    facts.task(new CompleteTaskCommand("new", null));
    TaskEntity task = new TaskEntity("new");
    TaskFact.Created created =
        new TaskFact.Created(
            task,
            SourceReference.process("i", "i", "p:1", "p", "P", "app"),
            null,
            null,
            Set.of(),
            Set.of("sales"));

    facts.taskCreated(created);

    assertThat(facts.drain().taskFacts())
        .containsExactly(
            new TaskFact.Reported(new AssignTaskCommand("other", "piggy")),
            new TaskFact.Reported(new CompleteTaskCommand("new", null)),
            created);
  }

  @Test
  void draining_empties_the_facts() {
    TransactionFacts facts = new TransactionFacts();
    facts.definitionDeployed("p:1");

    assertThat(facts.drain().deployedDefinitionIds()).containsExactly("p:1");
    assertThat(facts.drain().isEmpty()).isTrue();
  }
}
