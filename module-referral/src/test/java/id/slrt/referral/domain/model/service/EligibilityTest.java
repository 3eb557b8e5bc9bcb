package id.slrt.referral.domain.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.FieldErrors;
import id.slrt.referral.domain.model.service.Eligibility.Applicant;
import id.slrt.referral.domain.model.service.Eligibility.Warning;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  /** Karawang Cerdas for SMA/SMK: 14 to 21, completed SMP, DTSEN desil 1-4. */
  private static final Eligibility SCHOLARSHIP = new Eligibility(14, 21, null, "SMP", 4);

  private static List<String> keys(List<Warning> warnings) {
    return warnings.stream().map(Warning::key).toList();
  }

  @Test
  void aPupilWhoMeetsEveryConditionGetsNoWarning() {
    Applicant pupil = new Applicant(LocalDate.of(2010, 5, 1), "F", "SMP", true, 2);

    assertThat(SCHOLARSHIP.warnings(pupil, TODAY)).isEmpty();
  }

  @Test
  void eachUnmetConditionIsNamedWithTheFigures() {
    Applicant adult = new Applicant(LocalDate.of(1990, 1, 1), "M", "SMA", true, 7);

    List<Warning> warnings = SCHOLARSHIP.warnings(adult, TODAY);

    assertThat(keys(warnings))
        .containsExactly(
            "referral.eligibility.tooOld",
            "referral.eligibility.education",
            "referral.eligibility.desilAbove");
    assertThat(warnings.get(0).args()).containsExactly(36, 21);
    assertThat(warnings.get(1).args()).containsExactly("SMP", "SMA");
    assertThat(warnings.get(2).args()).containsExactly(7, 4);
  }

  @Test
  void whatIsNotRecordedIsSaidToBeUncheckedRatherThanRefused() {
    Applicant unknown = new Applicant(null, "F", null, null, null);

    assertThat(keys(SCHOLARSHIP.warnings(unknown, TODAY)))
        .containsExactly(
            "referral.eligibility.ageUnknown",
            "referral.eligibility.educationUnknown",
            "referral.eligibility.desilUnknown");
  }

  @Test
  void aFamilyOutOfTheRegisterIsToldSo() {
    Applicant notRegistered = new Applicant(LocalDate.of(2010, 5, 1), "F", "SMP", false, null);

    assertThat(keys(SCHOLARSHIP.warnings(notRegistered, TODAY)))
        .containsExactly("referral.eligibility.notInDtsen");
  }

  @Test
  void theAgeCountsWholeYearsOnTheDay() {
    Eligibility adults = new Eligibility(17, null, null, null, null);

    assertThat(
            adults.warnings(new Applicant(LocalDate.of(2009, 12, 4), "M", null, null, null), TODAY))
        .isEmpty();
    assertThat(
            keys(
                adults.warnings(
                    new Applicant(LocalDate.of(2009, 12, 5), "M", null, null, null), TODAY)))
        .containsExactly("referral.eligibility.tooYoung");
  }

  @Test
  void aServiceForWomenWarnsForAMan() {
    Eligibility women = new Eligibility(null, null, "F", null, null);

    assertThat(keys(women.warnings(new Applicant(null, "M", null, null, null), TODAY)))
        .containsExactly("referral.eligibility.sex.F");
  }

  @Test
  void constraintsTheCatalogueWouldRefuseAreNamedByField() {
    FieldErrors errors = new FieldErrors();

    Eligibility.check(30, 20, "L", "SLTA", 11, errors);

    assertThat(errors.list().stream().map(e -> e.field()).toList())
        .containsExactlyInAnyOrder("maxAge", "sex", "educationCompleted", "maxDesil");
  }
}
