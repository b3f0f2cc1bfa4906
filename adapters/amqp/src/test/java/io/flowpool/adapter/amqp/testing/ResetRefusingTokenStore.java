package io.flowpool.adapter.amqp.testing;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;

/**
 * An in-memory token store whose reset can be made to fail, as a database that goes away in the
 * middle of a replay would: while refusing, storing a replay token throws.
 */
public class ResetRefusingTokenStore extends InMemoryTokenStore {

  private volatile boolean refusing;

  public void refuseResets(boolean refuse) {
    this.refusing = refuse;
  }

  @Override
  public void storeToken(TrackingToken token, String processorName, int segment) {
    if (refusing && token instanceof ReplayToken) {
      throw new IllegalStateException("the token store refuses the reset (test)");
    }
    super.storeToken(token, processorName, segment);
  }
}
