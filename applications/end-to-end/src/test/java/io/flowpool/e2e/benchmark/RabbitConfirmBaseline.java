package io.flowpool.e2e.benchmark;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw RabbitMQ: persistent messages to a durable quorum queue of its own on the deployment's
 * virtual host, publisher confirms pipelined with a bounded window of unconfirmed messages. What
 * the broker alone does on this machine, for comparison with the outbox.
 */
final class RabbitConfirmBaseline {

  record Result(int messages, int window, double seconds, long nacks) {

    double perSecond() {
      return messages / seconds;
    }
  }

  private RabbitConfirmBaseline() {}

  static Result run(ConnectionFactory factory, int messages, int window, int bytes) {
    String queue = "benchmark.confirms." + UUID.randomUUID();
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) 'x');
    try (Connection connection = factory.newConnection("flowpool-benchmark")) {
      Channel channel = connection.createChannel();
      channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
      try {
        channel.confirmSelect();
        publish(channel, queue, body, Math.min(2_000, messages), window); // warm-up
        channel.queuePurge(queue);
        long start = System.nanoTime();
        long nacks = publish(channel, queue, body, messages, window);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(messages, window, seconds, nacks);
      } finally {
        channel.queueDelete(queue);
      }
    } catch (Exception e) {
      throw new IllegalStateException("RabbitMQ baseline failed: " + e, e);
    }
  }

  /** Publishes and waits for every confirm; returns the number of nacks. */
  private static long publish(Channel channel, String queue, byte[] body, int messages, int window)
      throws Exception {
    Semaphore unconfirmed = new Semaphore(window);
    ConcurrentNavigableMap<Long, Boolean> outstanding = new ConcurrentSkipListMap<>();
    AtomicLong nacks = new AtomicLong();
    channel.clearConfirmListeners();
    channel.addConfirmListener(
        (tag, multiple) -> settle(outstanding, unconfirmed, tag, multiple),
        (tag, multiple) -> nacks.addAndGet(settle(outstanding, unconfirmed, tag, multiple)));
    for (int i = 0; i < messages; i++) {
      unconfirmed.acquire();
      outstanding.put(channel.getNextPublishSeqNo(), Boolean.TRUE);
      channel.basicPublish("", queue, true, MessageProperties.PERSISTENT_BASIC, body);
    }
    if (!unconfirmed.tryAcquire(window, 60, TimeUnit.SECONDS)) {
      throw new IllegalStateException(outstanding.size() + " messages were never confirmed");
    }
    return nacks.get();
  }

  private static int settle(
      ConcurrentNavigableMap<Long, Boolean> outstanding,
      Semaphore unconfirmed,
      long tag,
      boolean multiple) {
    int settled;
    if (multiple) {
      ConcurrentNavigableMap<Long, Boolean> upTo = outstanding.headMap(tag, true);
      settled = upTo.size();
      upTo.clear();
    } else {
      settled = outstanding.remove(tag) == null ? 0 : 1;
    }
    unconfirmed.release(settled);
    return settled;
  }
}
