package io.flowpool.adapter.amqp.outbox;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * Actuator endpoint {@code flowpool-outbox}: read shows the outbox's progress, write re-publishes
 * the whole event store from the first event (see {@link OutboxReplay}).
 */
@Endpoint(id = "flowpool-outbox")
public class OutboxReplayEndpoint {

  private final OutboxReplay replay;
  private final OutboxProgress progress;

  public OutboxReplayEndpoint(OutboxReplay replay, OutboxProgress progress) {
    this.replay = replay;
    this.progress = progress;
  }

  @ReadOperation
  public OutboxStatus status() {
    return progress.status();
  }

  @WriteOperation
  public Map<String, String> replay() {
    replay.start();
    return Map.of("replay", "started");
  }
}
