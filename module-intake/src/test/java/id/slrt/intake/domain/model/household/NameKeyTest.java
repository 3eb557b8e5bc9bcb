package id.slrt.intake.domain.model.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void matchesOldAndNewSpellingOfTheSameName() {
    assertThat(NameKey.of("Siti Juariah")).isEqualTo(NameKey.of("Sity Djuariah"));
    assertThat(NameKey.of("Soeharto")).isEqualTo(NameKey.of("Suharto"));
    assertThat(NameKey.of("Tjahjono")).isEqualTo(NameKey.of("Cahyono"));
    assertThat(NameKey.of("Soerjo")).isEqualTo(NameKey.of("Suryo"));
    assertThat(NameKey.of("Njoman")).isEqualTo(NameKey.of("Nyoman"));
  }

  @Test
  void matchesCommonVariantsOfMuslimNames() {
    assertThat(NameKey.of("Muhammad")).isEqualTo(NameKey.of("Mochammad"));
    assertThat(NameKey.of("Muhamad")).isEqualTo(NameKey.of("Mohammad"));
    assertThat(NameKey.of("Achmad")).isEqualTo(NameKey.of("Ahmad"));
    assertThat(NameKey.of("Fatimah")).isEqualTo(NameKey.of("Patima"));
    assertThat(NameKey.of("Syamsul")).isEqualTo(NameKey.of("Samsul"));
    assertThat(NameKey.of("Zainal")).isEqualTo(NameKey.of("Jainal"));
  }

  @Test
  void ignoresCaseAccentsPunctuationAndDoubledLetters() {
    assertThat(NameKey.of("  SITI   nur'AINI ")).isEqualTo(NameKey.of("Siti Nur Aini"));
    assertThat(NameKey.of("Annisa")).isEqualTo(NameKey.of("Anisa"));
    assertThat(NameKey.of("José")).isEqualTo(NameKey.of("Jose"));
    assertThat(NameKey.tokens("--")).isEmpty();
    assertThat(NameKey.tokens(null)).isEmpty();
  }

  /** Coarse by design: vowels after the first letter are dropped, so Budi and Badu collide. */
  @Test
  void keepsNamesWithDifferentConsonantsApart() {
    assertThat(NameKey.of("Siti")).isNotEqualTo(NameKey.of("Sri"));
    assertThat(NameKey.of("Rahmat")).isNotEqualTo(NameKey.of("Rahman"));
    assertThat(NameKey.of("Budi")).isEqualTo(NameKey.of("Badu"));
  }
}
