package io.flowpool.view.api;

/** How many open tasks each application owns, for administrators. */
public record TaskCountByApplicationQuery() {}
