/**
 * The collector: an engine plugin that listens to every user task (built-in task listeners) and to
 * the engine's history events, records what each engine transaction did, and hands it to the
 * taskpool's {@link io.flowpool.taskpool.port.in.SubmitEngineTransactionUseCase} when the
 * transaction commits.
 */
package io.flowpool.adapter.camunda.collector;
