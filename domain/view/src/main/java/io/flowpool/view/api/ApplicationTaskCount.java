package io.flowpool.view.api;

/** How many open tasks an application owns. */
public record ApplicationTaskCount(String applicationName, long count) {}
