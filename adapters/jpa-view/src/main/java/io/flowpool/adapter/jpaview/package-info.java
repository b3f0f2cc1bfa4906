/**
 * The view's store ports on PostgreSQL. Rows are written through Hibernate entities ({@code
 * entity}); queries are native SQL ({@code sql}) that authorize, filter, sort, count and page in
 * the database with bind parameters only. Authorization is one overlap of principal arrays under a
 * GIN index; payload filters are jsonb path queries, equality under a GIN index. The sequence
 * guard's progress is written in the same transaction as the rows.
 */
package io.flowpool.adapter.jpaview;
