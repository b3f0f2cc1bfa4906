package io.flowpool.view.testing;

import static io.flowpool.view.testing.ViewSamples.FOZZIE;
import static io.flowpool.view.testing.ViewSamples.GONZO;
import static io.flowpool.view.testing.ViewSamples.KERMIT;
import static io.flowpool.view.testing.ViewSamples.completed;
import static io.flowpool.view.testing.ViewSamples.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.Payload;
import io.flowpool.common.api.SourceReference;
import io.flowpool.taskpool.api.task.ClaimTaskCommand;
import io.flowpool.taskpool.api.task.DeferTaskCommand;
import io.flowpool.taskpool.api.task.InteractionTaskCommand;
import io.flowpool.taskpool.api.task.MarkTaskToBeCompletedCommand;
import io.flowpool.taskpool.api.task.UnclaimTaskCommand;
import io.flowpool.taskpool.api.task.UndeferTaskCommand;
import io.flowpool.view.model.TaskNotVisibleException;
import io.flowpool.view.port.out.TaskInteractionGateway;
import io.flowpool.view.usecase.TaskActionService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tasklist's actions over an adapter's stores: only what the user may see is acted on, and the
 * command goes to the task's owner with the user and the version the user saw.
 */
public abstract class TaskActionContract {

  private final RecordingGateway gateway = new RecordingGateway();
  private ViewFixture view;
  private TaskActionService actions;

  /** Fresh, empty stores of the adapter under test. */
  protected abstract ViewStores createStores();

  @BeforeEach
  void wire() {
    view = new ViewFixture(createStores());
    actions = new TaskActionService(view.tasks(), gateway);
    view.emit(task("t1").application("orders").candidateGroups("sales").created());
  }

  @Test
  void claim_sends_the_user_and_the_seen_version_to_the_owning_application() {
    actions.claim(KERMIT, "t1", 0L);

    assertThat(gateway.sent).containsExactly(new ClaimTaskCommand("t1", "kermit", 0L));
    assertThat(gateway.owners)
        .extracting(SourceReference::applicationName)
        .containsExactly("orders");
  }

  @Test
  void complete_sends_the_payload_as_the_user() {
    Payload payload = Payload.of(Map.of("approved", true));

    actions.complete(KERMIT, "t1", payload, null);

    assertThat(gateway.sent)
        .containsExactly(new MarkTaskToBeCompletedCommand("t1", payload, "kermit", null));
  }

  @Test
  void unclaim_defer_and_undefer_reach_the_owner() {
    Instant followUp = Instant.parse("2030-01-01T08:00:00Z");

    actions.unclaim(KERMIT, "t1", null);
    actions.defer(KERMIT, "t1", followUp, null);
    actions.undefer(KERMIT, "t1", null);

    assertThat(gateway.sent)
        .containsExactly(
            new UnclaimTaskCommand("t1", null),
            new DeferTaskCommand("t1", followUp, null),
            new UndeferTaskCommand("t1", null));
  }

  @Test
  void a_task_the_user_may_not_see_reads_as_not_found_and_nothing_is_sent() {
    assertThatThrownBy(() -> actions.claim(GONZO, "t1", null))
        .isInstanceOf(TaskNotVisibleException.class)
        .hasMessage("no task t1 for this user");
    assertThatThrownBy(() -> actions.claim(FOZZIE, "t1", null))
        .isInstanceOf(TaskNotVisibleException.class);

    assertThat(gateway.sent).isEmpty();
  }

  @Test
  void a_missing_task_reads_exactly_like_an_invisible_one() {
    assertThatThrownBy(() -> actions.claim(KERMIT, "no-such-task", null))
        .isInstanceOf(TaskNotVisibleException.class)
        .satisfies(
            e -> assertThat(((CommandRefusedException) e).reason()).isEqualTo("TASK_NOT_FOUND"));
  }

  @Test
  void a_completed_task_is_no_longer_acted_on() {
    view.emit(completed("t1"));

    assertThatThrownBy(() -> actions.claim(KERMIT, "t1", null))
        .isInstanceOf(TaskNotVisibleException.class);
    assertThat(gateway.sent).isEmpty();
  }

  @Test
  void the_owners_refusal_reaches_the_caller_unchanged() {
    gateway.refuseWith = new Refused("TASK_CHANGED");

    assertThatThrownBy(() -> actions.claim(KERMIT, "t1", 0L)).isSameAs(gateway.refuseWith);
  }

  /** A gateway that records what it is asked to send and can refuse like an owner would. */
  private static final class RecordingGateway implements TaskInteractionGateway {
    private final List<InteractionTaskCommand> sent = new ArrayList<>();
    private final List<SourceReference> owners = new ArrayList<>();
    private CommandRefusedException refuseWith;

    @Override
    public void send(InteractionTaskCommand command, SourceReference owner) {
      if (refuseWith != null) {
        throw refuseWith;
      }
      sent.add(command);
      owners.add(owner);
    }
  }

  private static final class Refused extends CommandRefusedException {
    Refused(String reason) {
      super(reason, "refused: " + reason);
    }
  }
}
