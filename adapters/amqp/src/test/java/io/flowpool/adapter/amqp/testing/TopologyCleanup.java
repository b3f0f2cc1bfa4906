package io.flowpool.adapter.amqp.testing;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes a test's topology when its context closes, after the listener containers stopped: deleted
 * earlier, a running container (or RabbitAdmin on reconnect) would declare it again.
 */
public class TopologyCleanup implements SmartLifecycle {

  private final TestTopology topology;
  private volatile boolean running;

  public TopologyCleanup(TestTopology topology) {
    this.topology = topology;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    CachingConnectionFactory factory = RabbitTestBroker.connectionFactory();
    try {
      topology.delete(factory);
    } finally {
      factory.destroy();
      running = false;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MIN_VALUE;
  }
}
