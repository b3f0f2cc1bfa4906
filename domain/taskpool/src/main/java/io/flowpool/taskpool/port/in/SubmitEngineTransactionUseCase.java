package io.flowpool.taskpool.port.in;

/**
 * The collector's entry: submits everything one engine transaction reported. Task commands are
 * merged into one intent per task before they are dispatched; the caller's transaction is the
 * engine's, so a refusal rolls the engine back.
 */
public interface SubmitEngineTransactionUseCase {

  void submit(EngineTransaction transaction);
}
