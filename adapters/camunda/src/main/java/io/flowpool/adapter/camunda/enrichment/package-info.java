/**
 * How process variables become a task's payload and correlations: typed values converted to
 * JSON-like values, include and exclude filters per process and task, correlation mappings.
 */
package io.flowpool.adapter.camunda.enrichment;
