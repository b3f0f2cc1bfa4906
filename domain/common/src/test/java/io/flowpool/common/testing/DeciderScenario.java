package io.flowpool.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpool.common.api.CommandRefusedException;
import io.flowpool.common.api.Decider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Given/when/then for deciders: {@code scenario(decider, id).given(past events).when(command)
 * .then(expected events)} or {@code .thenRefused(reason)}. The past events are folded with {@link
 * Decider#evolve}, the command decided once, and the result compared in order.
 */
public final class DeciderScenario<C, E, S> {

  private final Decider<C, E, S> decider;
  private final String aggregateId;
  private final List<E> history = new ArrayList<>();

  private DeciderScenario(Decider<C, E, S> decider, String aggregateId) {
    this.decider = decider;
    this.aggregateId = aggregateId;
  }

  public static <C, E, S> DeciderScenario<C, E, S> scenario(
      Decider<C, E, S> decider, String aggregateId) {
    return new DeciderScenario<>(decider, aggregateId);
  }

  @SafeVarargs
  public final DeciderScenario<C, E, S> given(E... events) {
    history.addAll(Arrays.asList(events));
    return this;
  }

  public DeciderScenario<C, E, S> givenNothing() {
    return this;
  }

  public Outcome when(C command) {
    S state = decider.initialState(aggregateId);
    for (E event : history) {
      state = decider.evolve(state, event);
    }
    return new Outcome(state, command);
  }

  /** The decision of one command against the state built from the history. */
  public final class Outcome {

    private final S state;
    private final C command;

    private Outcome(S state, C command) {
      this.state = state;
      this.command = command;
    }

    @SafeVarargs
    public final List<E> then(E... expected) {
      List<E> events = decider.decide(command, state);
      assertThat(events).as("events decided for %s", command).containsExactly(expected);
      return events;
    }

    public void thenNothing() {
      assertThat(decider.decide(command, state)).as("events decided for %s", command).isEmpty();
    }

    public void thenRefused(String reason) {
      assertThatThrownBy(() -> decider.decide(command, state))
          .as("refusal of %s", command)
          .isInstanceOfSatisfying(
              CommandRefusedException.class,
              refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    /** The state after applying the history and the decided events. */
    public S stateAfter() {
      S next = state;
      for (E event : decider.decide(command, state)) {
        next = decider.evolve(next, event);
      }
      return next;
    }
  }
}
