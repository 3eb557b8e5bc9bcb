package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCountTest {
  @Test
  void countsBelowFiveNoneIncludedAreShownAsLessThanFive() {
    assertThat(AccessPolicy.smallCount(0)).isEqualTo("<5");
    assertThat(AccessPolicy.smallCount(1)).isEqualTo("<5");
    assertThat(AccessPolicy.smallCount(4)).isEqualTo("<5");
    assertThat(AccessPolicy.smallCount(5)).isEqualTo(5L);
    assertThat(AccessPolicy.smallCount(120)).isEqualTo(120L);
  }
}
