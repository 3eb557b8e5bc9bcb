package id.slrt.referral.domain.model.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LetterNumberingTest {
  @Test
  void numbersFollowTheDistrictsPatternWithTheMonthInRomanNumerals() {
    LetterNumbering numbering = new LetterNumbering(LetterNumbering.DEFAULT);
    assertThat(numbering.format(7, LocalDate.of(2026, 12, 4))).isEqualTo("007/RUJ-SLRT/XII/2026");
    assertThat(numbering.format(1234, LocalDate.of(2027, 4, 1))).isEqualTo("1234/RUJ-SLRT/IV/2027");
    assertThat(new LetterNumbering("460/{no}/Dinsos.{tahun}").format(12, LocalDate.of(2026, 9, 9)))
        .isEqualTo("460/012/Dinsos.2026");
    assertThatThrownBy(() -> numbering.format(0, LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPatternNeedsTheNumberOnceAndNoUnknownPlaceholder() {
    assertThat(refusal("{no}/SLRT/{bulan}/{tahun}")).isNull();
    assertThat(refusal(null)).isEqualTo("letter.patternRequired");
    assertThat(refusal("SLRT/{bulan}/{tahun}")).isEqualTo("letter.patternNumber");
    assertThat(refusal("{no}/{no}/{tahun}")).isEqualTo("letter.patternNumber");
    assertThat(refusal("{no}/{hari}")).isEqualTo("letter.patternPlaceholder");
    assertThat(refusal("{no}/SLRT}")).isEqualTo("letter.patternCharacters");
    assertThat(refusal("{no}<script>")).isEqualTo("letter.patternCharacters");
    assertThat(refusal("{no}/" + "X".repeat(60))).isEqualTo("text.tooLong");
  }

  private static String refusal(String pattern) {
    FieldErrors errors = new FieldErrors();
    LetterNumbering numbering = LetterNumbering.of(pattern, "numberPattern", errors);
    if (errors.isEmpty()) {
      assertThat(numbering.pattern()).isEqualTo(pattern);
      return null;
    }
    assertThat(numbering).isNull();
    assertThat(errors.list()).extracting(FieldError::field).containsOnly("numberPattern");
    return errors.list().get(0).messageKey();
  }
}
