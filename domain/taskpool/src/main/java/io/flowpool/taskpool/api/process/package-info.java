/** Process definition, process instance and process variable commands and events. */
package io.flowpool.taskpool.api.process;
