/** JSON for jsonb columns: payloads, correlations and variable values, and parked events. */
package io.flowpool.adapter.jpaview.json;
