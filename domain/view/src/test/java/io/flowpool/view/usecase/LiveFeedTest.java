package io.flowpool.view.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

  private final List<String> delivered = new ArrayList<>();
  private final LiveFeed<String> feed = new LiveFeed<>(delivered::add);

  @Test
  void updates_wait_until_the_initial_result_is_known() {
    feed.offer("t1", 1, "+t1@1", false);
    assertThat(delivered).isEmpty();

    feed.start(Map.of());

    assertThat(delivered).containsExactly("+t1@1");
  }

  @Test
  void an_update_older_than_the_initial_result_is_dropped() {
    feed.offer("t1", 1, "+t1@1", false);
    feed.offer("t1", 3, "+t1@3", false);

    feed.start(Map.of("t1", 2L));

    assertThat(delivered).containsExactly("+t1@3");
  }

  @Test
  void an_update_older_than_one_delivered_before_is_dropped() {
    feed.start(Map.of());
    feed.offer("t1", 5, "+t1@5", false);
    feed.offer("t1", 4, "+t1@4", false);
    feed.offer("t1", 5, "+t1@5 again", false);

    assertThat(delivered).containsExactly("+t1@5", "+t1@5 again");
  }

  @Test
  void a_removal_is_sent_only_for_a_row_the_subscriber_was_shown() {
    feed.start(Map.of("t1", 0L));
    feed.offer("t1", 1, "-t1", true);
    feed.offer("t1", 2, "-t1 again", true);
    feed.offer("t2", 1, "-t2", true);

    assertThat(delivered).containsExactly("-t1");
  }

  @Test
  void a_stale_match_after_a_newer_non_match_is_dropped() {
    feed.start(Map.of());
    feed.offer("t1", 5, "-t1@5", true);
    feed.offer("t1", 4, "+t1@4", false);

    assertThat(delivered).isEmpty();
  }

  @Test
  void a_listener_that_throws_closes_the_feed() {
    LiveFeed<String> failing =
        new LiveFeed<>(
            update -> {
              throw new IllegalStateException("gone");
            });
    failing.start(Map.of());

    failing.offer("t1", 0, "+t1", false);

    assertThat(failing.isClosed()).isTrue();
  }
}
