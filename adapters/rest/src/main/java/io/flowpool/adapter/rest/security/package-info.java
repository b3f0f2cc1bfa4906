/**
 * Who the caller is: HTTP Basic against configured users or a verified JWT, both ending in an
 * authentication whose {@code GROUP_} authorities are the user's groups, read into the view's
 * {@link io.flowpool.view.api.CurrentUser}.
 */
package io.flowpool.adapter.rest.security;
