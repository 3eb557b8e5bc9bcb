package id.slrt.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRowsTest {
  @Test
  void aFailedRowWaitsLongerAfterEachTryButNeverMoreThanAnHour() {
    assertThat(OutboxRows.pause(0)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxRows.pause(1)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxRows.pause(5)).isEqualTo(Duration.ofMinutes(32));
    assertThat(OutboxRows.pause(6)).isEqualTo(Duration.ofMinutes(60));
    assertThat(OutboxRows.pause(40)).isEqualTo(Duration.ofMinutes(60));
  }
}
