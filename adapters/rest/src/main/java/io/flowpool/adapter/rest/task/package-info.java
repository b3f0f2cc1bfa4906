/** The task endpoints: list, one task, payload attributes, actions and the live stream. */
package io.flowpool.adapter.rest.task;
