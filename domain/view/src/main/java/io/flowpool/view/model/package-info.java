/**
 * The view's rules, free of I/O: how an event changes a row ({@code *Projection}), the
 * per-aggregate sequence guard ({@link io.flowpool.view.model.ProjectionProgress}), the filter and
 * sort grammar and their in-memory evaluation, the authorization predicate, and the selections that
 * store adapters translate into their query language.
 */
package io.flowpool.view.model;
