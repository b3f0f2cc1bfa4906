/**
 * Value objects every Flowpool context shares: where an object comes from ({@link
 * io.flowpool.common.api.SourceReference}), what it carries ({@link
 * io.flowpool.common.api.Payload}, {@link io.flowpool.common.api.Correlations}) and who may see it
 * ({@link io.flowpool.common.api.Authorization}). All types are immutable and validate their input.
 */
package io.flowpool.common.api;
