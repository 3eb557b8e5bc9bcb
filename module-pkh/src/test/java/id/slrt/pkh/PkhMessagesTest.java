package id.slrt.pkh;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PkhMessagesTest {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Test
  void pkhsMessagesExistInBothLanguagesAndAreFoundByTheirKey() {
    ResourceBundle id =
        ResourceBundle.getBundle("id.slrt.pkh.i18n.messages", Locale.ROOT, NO_FALLBACK);
    ResourceBundle en =
        ResourceBundle.getBundle("id.slrt.pkh.i18n.messages", Locale.ENGLISH, NO_FALLBACK);
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(id.keySet());
    assertThat(Messages.get(null, "pkh.startYear.range", 2007, 2026))
        .isEqualTo("Tahun mulai harus antara 2007 dan 2026.");
    assertThat(Messages.get(Locale.ENGLISH, "pkh.kpm.duplicate", "350304000200082"))
        .isEqualTo("Participant number 350304000200082 is already enrolled.");
  }
}
