package io.flowpool.adapter.camunda.enrichment;

import io.flowpool.common.api.Correlations;
import io.flowpool.common.api.Payload;

/** A task's payload and correlations, taken from its process variables. */
public record Enrichment(Payload payload, Correlations correlations) {}
