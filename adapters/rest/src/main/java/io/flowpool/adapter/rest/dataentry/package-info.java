/** The data entry endpoints: lists, one entry with its protocol, and the live stream. */
package io.flowpool.adapter.rest.dataentry;
