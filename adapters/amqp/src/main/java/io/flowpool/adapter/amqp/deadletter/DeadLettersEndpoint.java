package io.flowpool.adapter.amqp.deadletter;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;

/**
 * Actuator endpoint {@code flowpool-dead-letters}: read lists the dead letters of the view queue,
 * write re-drives one (by {@code messageId}) or all of them.
 */
@Endpoint(id = "flowpool-dead-letters")
public class DeadLettersEndpoint {

  static final int LIMIT = 1000;

  private final DeadLetters deadLetters;

  public DeadLettersEndpoint(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @ReadOperation
  public List<DeadLetter> list() {
    return deadLetters.list(LIMIT);
  }

  @WriteOperation
  public Map<String, Integer> redrive(@Nullable String messageId) {
    int moved =
        messageId == null ? deadLetters.redriveAll(LIMIT) : deadLetters.redrive(messageId, LIMIT);
    return Map.of("redriven", moved);
  }
}
