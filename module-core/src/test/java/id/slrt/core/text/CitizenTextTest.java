package id.slrt.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenTextTest {
  @Test
  void miskinInAnyCaseOrCompoundIsCaughtAndNeutralTextPasses() {
    assertThat(CitizenText.saysMiskin("Keluarga MISKIN")).isTrue();
    assertThat(CitizenText.saysMiskin("Bantuan", "untuk fakir miskin")).isTrue();
    assertThat(CitizenText.saysMiskin("Keluarga Peserta PKH", null)).isFalse();
  }
}
