/** The process endpoints: startable definitions, instances by state and their variables. */
package io.flowpool.adapter.rest.process;
