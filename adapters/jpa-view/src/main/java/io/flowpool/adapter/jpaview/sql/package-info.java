/**
 * The view's queries as native PostgreSQL SQL, built from the domain's selections: fixed fragments,
 * column names from the attribute enums and bind parameters for every value, never a value in the
 * text. Readers of the result rows turn them back into domain records.
 */
package io.flowpool.adapter.jpaview.sql;
