package io.flowpool.view.api;

import io.flowpool.common.api.InvalidValueException;

/**
 * A query the view cannot answer as asked: a malformed filter, an unknown sort field, a bad page.
 */
public class InvalidQueryException extends InvalidValueException {

  public InvalidQueryException(String message) {
    super(message);
  }
}
