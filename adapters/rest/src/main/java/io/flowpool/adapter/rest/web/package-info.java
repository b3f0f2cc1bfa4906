/** What every endpoint shares: problem details, query parameters, Server-Sent Events streams. */
package io.flowpool.adapter.rest.web;
