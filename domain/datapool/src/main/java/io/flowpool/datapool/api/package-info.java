/**
 * The datapool's published language: data entries (business objects that tasks are about), their
 * state, authorizations and protocol, and the commands and events that change them.
 */
package io.flowpool.datapool.api;
