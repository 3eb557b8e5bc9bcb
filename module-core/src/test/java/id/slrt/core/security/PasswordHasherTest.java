package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void verifiesTheRightPasswordOnly() {
    String hash = hasher.hash("kopi pahit di teras".toCharArray());

    assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:");
    assertThat(hasher.verify("kopi pahit di teras".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("kopi manis di teras".toCharArray(), hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("sama".toCharArray())).isNotEqualTo(hasher.hash("sama".toCharArray()));
  }

  @Test
  void refusesMalformedHashesWithoutThrowing() {
    assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:99999999999:AA==:AA=="))
        .isFalse();
    assertThat(hasher.verify("".toCharArray(), hasher.hash("x".toCharArray()))).isFalse();
  }
}
