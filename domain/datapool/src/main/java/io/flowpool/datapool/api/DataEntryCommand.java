package io.flowpool.datapool.api;

import io.flowpool.common.api.DataIdentity;

/** A command addressed to one data entry (aggregate id = {@link DataIdentity#asString()}). */
public sealed interface DataEntryCommand
    permits CreateOrUpdateDataEntryCommand, DeleteDataEntryCommand, AnonymizeDataEntryCommand {

  DataIdentity identity();
}
