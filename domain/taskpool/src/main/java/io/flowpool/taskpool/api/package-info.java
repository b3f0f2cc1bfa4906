/**
 * The taskpool's published language: commands that the collector and the tasklist send, events the
 * deciders emit. Sub-packages: {@code task} (user tasks) and {@code process} (definitions,
 * instances, variables).
 */
package io.flowpool.taskpool.api;
