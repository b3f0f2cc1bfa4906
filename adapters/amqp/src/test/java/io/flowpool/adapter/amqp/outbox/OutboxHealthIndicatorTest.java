package io.flowpool.adapter.amqp.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class OutboxHealthIndicatorTest {

  @Test
  void running_outbox_is_up_with_its_position_head_and_lag() {
    Health health = healthOf(OutboxStatus.of(true, false, false, 7L, 10), 0);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("position", 7L)
        .containsEntry("head", 10L)
        .containsEntry("behind", 3L)
        .doesNotContainKey("warning");
  }

  @Test
  void lag_above_the_warning_threshold_is_named_but_stays_up() {
    Health health = healthOf(OutboxStatus.of(true, false, false, 0L, 500), 100);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails().get("warning").toString()).contains("500 events behind");
  }

  @Test
  void outbox_in_error_is_down() {
    Health health = healthOf(OutboxStatus.of(true, true, false, 3L, 9), 0);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("error", true);
  }

  @Test
  void missing_outbox_processor_is_down_without_a_position() {
    Health health = healthOf(OutboxStatus.absent(4), 0);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).doesNotContainKeys("position", "behind");
  }

  private static Health healthOf(OutboxStatus status, long lagWarning) {
    OutboxProgress progress =
        new OutboxProgress(null, null) {
          @Override
          public OutboxStatus status() {
            return status;
          }
        };
    return new OutboxHealthIndicator(progress, lagWarning).health();
  }
}
