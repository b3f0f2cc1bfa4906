/**
 * What the view needs from outside: stores for its rows and its projection progress (each a small
 * interface, implemented by the in-memory and the PostgreSQL view), a transaction boundary, and a
 * listener for committed changes. Stores apply selections, sorts and pages themselves; {@code
 * io.flowpool.view.model.CriterionMatcher} and {@code ViewOrdering} define what they must compute.
 */
package io.flowpool.view.port.out;
