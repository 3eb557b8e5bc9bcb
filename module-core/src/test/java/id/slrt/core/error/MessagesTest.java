package id.slrt.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void aModulesKeyIsFoundInItsOwnBundleInEitherLanguage() {
    assertThat(Messages.get(Messages.INDONESIAN, "sample.greeting", "Bu Siti"))
        .isEqualTo("Selamat datang, Bu Siti");
    assertThat(Messages.get(Locale.ENGLISH, "sample.greeting", "Bu Siti"))
        .isEqualTo("Welcome, Bu Siti");
  }

  @Test
  void anUnknownKeyOrModuleAnswersTheKeyItself() {
    assertThat(Messages.get(null, "sample.nothing")).isEqualTo("sample.nothing");
    assertThat(Messages.get(null, "nomodule.key")).isEqualTo("nomodule.key");
    assertThat(Messages.get(null, "../x.key")).isEqualTo("../x.key");
  }
}
