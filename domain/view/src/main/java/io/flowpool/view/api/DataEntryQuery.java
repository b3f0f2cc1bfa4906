package io.flowpool.view.api;

/** A query whose answer is data entries; every one of them can be followed live. */
public sealed interface DataEntryQuery permits DataEntryListQuery, DataEntryForIdentityQuery {}
