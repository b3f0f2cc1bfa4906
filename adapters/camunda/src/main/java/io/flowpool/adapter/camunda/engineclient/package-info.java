/**
 * The engine client: carries out accepted user actions (claim, unclaim, complete, defer, undefer)
 * on the engine through Camunda's task service.
 */
package io.flowpool.adapter.camunda.engineclient;
