package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static String refusal(String password, String username) {
    FieldErrors errors = new FieldErrors();
    PasswordPolicy.check("newPassword", password, username, errors);
    return errors.list().stream().map(FieldError::messageKey).findFirst().orElse(null);
  }

  @Test
  void refusesPasswordsShorterThanTenCharacters() {
    assertThat(refusal("Kd8#mQ2!z", "siti")).isEqualTo("password.tooShort");
  }

  @Test
  void refusesCommonPasswordsAlsoWithDigitsAndSymbolsAround() {
    assertThat(refusal("password123", "siti")).isEqualTo("password.common");
    assertThat(refusal("Bismillah2024!", "siti")).isEqualTo("password.common");
    assertThat(refusal("1234567890", "siti")).isEqualTo("password.common");
    assertThat(refusal("qwertyuiop", "siti")).isEqualTo("password.common");
    assertThat(refusal("!!Indonesia45", "siti")).isEqualTo("password.common");
    assertThat(refusal("sayangsayang", "siti")).isEqualTo("password.common");
    assertThat(refusal("aaaaaaaaaaaa", "siti")).isEqualTo("password.common");
  }

  @Test
  void refusesAPasswordThatContainsTheUsername() {
    assertThat(refusal("puskesos.blumah-2026", "puskesos.blumah"))
        .isEqualTo("password.containsUsername");
  }

  @Test
  void acceptsAnUncommonSentence() {
    assertThat(refusal("kopi pahit di teras rumah", "siti")).isNull();
    assertThat(refusal("Gunung-Bawakaraeng-7", "siti")).isNull();
  }

  @Test
  void oneTimePasswordsAreTwelveEasyToReadCharactersThatPassThePolicy() {
    for (int i = 0; i < 200; i++) {
      String p = PasswordPolicy.oneTime();
      assertThat(p).hasSize(12).doesNotContainPattern("[01lIO]");
      assertThat(refusal(p, "admin.karawang")).isNull();
    }
  }
}
