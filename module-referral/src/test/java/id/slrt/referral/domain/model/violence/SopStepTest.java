package id.slrt.referral.domain.model.violence;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SopStepTest {
  private static List<String> refusals(List<SopStep> steps) {
    FieldErrors errors = new FieldErrors();
    SopStep.checkList(steps, errors);
    try {
      errors.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.errors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }
  }

  @Test
  void theDefaultsAreAValidSop() {
    assertThat(refusals(SopStep.DEFAULTS)).isEmpty();
  }

  @Test
  void anSopNeedsStepsWithCodesOnceNamesAndATermination() {
    assertThat(refusals(List.of())).containsExactly("steps:violence.sopEmpty");
    assertThat(
            refusals(
                List.of(
                    new SopStep("ASESMEN", "Asesmen", StepPhase.PENANGANAN),
                    new SopStep("ASESMEN", "Lagi", StepPhase.PENANGANAN),
                    new SopStep("x", " ", StepPhase.PENANGANAN),
                    new SopStep("KUNJUNGAN", "n".repeat(SopStep.MAX_NAME + 1), null))))
        .containsExactly(
            "steps[1].code:violence.sopCodeTwice",
            "steps[2].code:violence.sopCodeInvalid",
            "steps[2].name:violence.sopNameRequired",
            "steps[3].name:violence.sopNameTooLong",
            "steps:violence.sopNeedsTermination");
    assertThat(
            refusals(
                List.of(
                    new SopStep("KONSELING_2", "Konseling", StepPhase.PENANGANAN),
                    new SopStep("TUTUP", "Tutup kasus", StepPhase.TERMINASI))))
        .isEmpty();
  }
}
