package io.flowpool.adapter.axon.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.adapter.axon.command.ProcessInstanceCommandBatch;
import io.flowpool.datapool.testing.DataEntrySamples;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.testing.ProcessSamples;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.IdentifierMissingException;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

class DomainCommandTargetResolverTest {

  private final DomainCommandTargetResolver resolver = new DomainCommandTargetResolver();

  private VersionedAggregateIdentifier targetOf(Object command) {
    return resolver.resolveTarget(GenericCommandMessage.asCommandMessage(command));
  }

  @Test
  void each_domain_command_addresses_the_id_its_interface_names_and_no_version() {
    assertThat(targetOf(new ClaimTaskCommand("t1", "kermit", 3L)))
        .isEqualTo(new VersionedAggregateIdentifier("t1", null));
    assertThat(targetOf(ProcessSamples.start()).getIdentifier())
        .isEqualTo(ProcessSamples.INSTANCE_ID);
    assertThat(
            targetOf(
                    new ProcessInstanceCommandBatch(
                        List.of(ProcessSamples.start(), ProcessSamples.suspend())))
                .getIdentifier())
        .isEqualTo(ProcessSamples.INSTANCE_ID);
    assertThat(targetOf(ProcessSamples.registerOrderProcess()).getIdentifier())
        .isEqualTo(ProcessSamples.DEFINITION_ID);
    assertThat(targetOf(DataEntrySamples.delete()).getIdentifier())
        .isEqualTo(DataEntrySamples.AGGREGATE_ID);
  }

  @Test
  void a_payload_that_is_no_domain_command_has_no_target() {
    assertThatThrownBy(() -> targetOf("hello")).isInstanceOf(IdentifierMissingException.class);
  }
}
