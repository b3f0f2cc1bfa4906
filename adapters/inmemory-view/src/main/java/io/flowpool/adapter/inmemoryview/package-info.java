/**
 * The view's store ports in memory. Rows live in maps guarded by one read-write lock; a transaction
 * holds the write lock and undoes its writes if it fails. Queries evaluate the domain's own filter,
 * authorization and ordering rules, so this store is also the reference the PostgreSQL view is
 * compared with (both pass the same contract suite).
 */
package io.flowpool.adapter.inmemoryview;
