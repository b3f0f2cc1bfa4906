/**
 * The view's published language: the queries a tasklist asks, the rows it gets back ({@link
 * io.flowpool.view.api.TaskView}, {@link io.flowpool.view.api.DataEntryView}, …), pages, live
 * updates, and the envelope ({@link io.flowpool.view.api.ViewEvent}) in which taskpool and datapool
 * events reach the view. Every type is immutable and validates its input; a malformed query is an
 * {@link io.flowpool.view.api.InvalidQueryException}.
 */
package io.flowpool.view.api;
