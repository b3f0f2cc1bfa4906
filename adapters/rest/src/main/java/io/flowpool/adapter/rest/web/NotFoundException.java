package io.flowpool.adapter.rest.web;

/**
 * What the caller asked for does not exist, or the caller may not see it; both answer 404 alike, so
 * that nobody learns of what they are not authorized for.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
