/** The view's use cases as plain classes; applications (or adapter configurations) wire them. */
package io.flowpool.view.usecase;
