/**
 * The tasklist HTTP API: Spring Web MVC controllers over the view's {@code port.in} use cases, live
 * updates as Server-Sent Events, an OpenAPI document, RFC 7807 problem details, Spring Security
 * (HTTP Basic with configured users, or a JWT resource server), and a static tasklist page.
 */
package io.flowpool.adapter.rest;
