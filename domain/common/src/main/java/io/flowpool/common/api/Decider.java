package io.flowpool.common.api;

import java.util.List;

/**
 * An aggregate as two pure functions: {@link #decide} turns a command and the current state into
 * the events it causes (none for a no-op), or throws a {@link CommandRefusedException}; {@link
 * #evolve} folds an event into the next state. Frameworks store and replay the events; the decider
 * holds no mutable state of its own.
 *
 * @param <C> the commands it decides
 * @param <E> the events it decides and evolves
 * @param <S> its state
 */
public interface Decider<C, E, S> {

  /** The state before the first event. */
  S initialState(String aggregateId);

  List<E> decide(C command, S state);

  S evolve(S state, E event);
}
