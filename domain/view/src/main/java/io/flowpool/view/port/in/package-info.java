/** What the view offers: projecting events, answering queries, following queries live. */
package io.flowpool.view.port.in;
