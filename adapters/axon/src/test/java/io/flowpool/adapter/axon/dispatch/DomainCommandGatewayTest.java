package io.flowpool.adapter.axon.dispatch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.model.TaskNotFoundException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class DomainCommandGatewayTest {

  private final CommandGateway axon = mock(CommandGateway.class);
  private final DomainCommandGateway gateway = new DomainCommandGateway(axon);
  private final ClaimTaskCommand claim = new ClaimTaskCommand("t1", "kermit", null);

  @Test
  void command_is_sent_and_awaited() {
    gateway.send(claim);

    verify(axon).sendAndWait(claim);
  }

  @Test
  void refusal_wrapped_by_axon_reaches_the_caller_unchanged() {
    TaskNotFoundException refused = new TaskNotFoundException("t1");
    when(axon.sendAndWait(any())).thenThrow(new CommandExecutionException("failed", refused));

    assertThatThrownBy(() -> gateway.send(claim)).isSameAs(refused);
  }

  @Test
  void refusal_thrown_directly_reaches_the_caller_unchanged() {
    TaskNotFoundException refused = new TaskNotFoundException("t1");
    when(axon.sendAndWait(any())).thenThrow(refused);

    assertThatThrownBy(() -> gateway.send(claim)).isSameAs(refused);
  }

  @Test
  void other_failures_stay_as_axon_reported_them() {
    CommandExecutionException failure =
        new CommandExecutionException("failed", new IllegalStateException("database down"));
    when(axon.sendAndWait(any())).thenThrow(failure);

    assertThatThrownBy(() -> gateway.send(claim)).isSameAs(failure);
  }
}
