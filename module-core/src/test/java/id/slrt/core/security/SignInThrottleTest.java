package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  @Test
  void noDelayWithinTheFreeFailures() {
    assertThat(SignInThrottle.delayAfter(4, 5)).isZero();
  }

  @Test
  void delaysDoubleFromTwoSecondsAfterTheFreeFailures() {
    assertThat(SignInThrottle.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(SignInThrottle.delayAfter(6, 5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(SignInThrottle.delayAfter(9, 5)).isEqualTo(Duration.ofSeconds(32));
  }

  @Test
  void delaysStopGrowingAtFifteenMinutes() {
    assertThat(SignInThrottle.delayAfter(40, 5)).isEqualTo(Duration.ofMinutes(15));
    assertThat(SignInThrottle.delayAfter(Integer.MAX_VALUE, 5)).isEqualTo(Duration.ofMinutes(15));
  }
}
