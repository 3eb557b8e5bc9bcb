package id.slrt.referral.domain.model.violence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolenceCaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

  private static SopStep step(String code) {
    return SopStep.DEFAULTS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
  }

  private static ViolenceCase open(FieldErrors errors, LocalDate reportedOn, String narrative) {
    return ViolenceCase.open(
        new ViolenceCase.Origin("7KQ2-M9XD-3FHA", null, CaseChannel.P2TP2A, reportedOn, null),
        Victim.anonymous("Bunga", null, true, false, errors),
        null,
        "F",
        new ViolenceCase.Guardian("Ibu Sari", "Nenek"),
        Set.of(ViolenceType.SEKSUAL),
        new ViolenceCase.Perpetrator(PerpetratorRelation.ORANG_TUA_TIRI, true, null),
        narrative,
        null,
        TODAY,
        NOW,
        "p2tp2a.karawang",
        errors);
  }

  private static ViolenceCase open() {
    FieldErrors errors = new FieldErrors();
    ViolenceCase c = open(errors, TODAY.minusDays(3), "Cerita korban");
    assertThat(errors.isEmpty()).isTrue();
    return c;
  }

  private static void step(ViolenceCase c, String code, LocalDate on) {
    c.recordStep(
        step(code), on, null, null, null, TODAY, NOW, "p2tp2a.karawang", new FieldErrors());
  }

  @Test
  void aCaseOpensNewAndItsStatusFollowsTheStepsToMonitoring() {
    ViolenceCase c = open();
    assertThat(c.status()).isEqualTo(CaseStatus.BARU);
    assertThat(c.childOn(TODAY)).isTrue();
    assertThat(c.victim().anonymous()).isTrue();
    step(c, "PENGADUAN", TODAY.minusDays(3));
    assertThat(c.status()).isEqualTo(CaseStatus.BARU);
    step(c, "ASESMEN", TODAY.minusDays(2));
    step(c, "PSIKOSOSIAL", TODAY.minusDays(1));
    assertThat(c.status()).isEqualTo(CaseStatus.DITANGANI);
    // monitoring comes after termination only
    assertThatThrownBy(() -> step(c, "PEMANTAUAN", TODAY)).isInstanceOf(ConflictException.class);
    step(c, "TERMINASI", TODAY);
    assertThat(c.status()).isEqualTo(CaseStatus.DITERMINASI);
    // a terminated case takes no more handling and no second termination
    assertThatThrownBy(() -> step(c, "MEDIASI", TODAY)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> step(c, "TERMINASI", TODAY)).isInstanceOf(ConflictException.class);
    step(c, "PEMANTAUAN", TODAY);
    assertThat(c.status()).isEqualTo(CaseStatus.DIPANTAU);
    assertThat(c.steps()).extracting(CaseStep::stepCode).last().isEqualTo("PEMANTAUAN");
  }

  @Test
  void aStepIsNotDatedBeforeTheReportNorAfterToday() {
    ViolenceCase c = open();
    FieldErrors errors = new FieldErrors();
    assertThatThrownBy(
            () ->
                c.recordStep(
                    step("ASESMEN"), TODAY.minusDays(4), null, null, null, TODAY, NOW, "x", errors))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                c.recordStep(
                    step("ASESMEN"),
                    TODAY.plusDays(1),
                    null,
                    null,
                    null,
                    TODAY,
                    NOW,
                    "x",
                    new FieldErrors()))
        .isInstanceOf(ValidationException.class);
    assertThat(c.steps()).isEmpty();
  }

  @Test
  void aReportIsNotInTheFutureAndTextsHaveTheirLimits() {
    FieldErrors errors = new FieldErrors();
    assertThat(open(errors, TODAY.plusDays(1), "x".repeat(ViolenceCase.MAX_NARRATIVE + 1)))
        .isNull();
    assertThat(errors.list()).extracting(e -> e.field()).contains("reportedOn", "narrative");
  }

  @Test
  void aNewHandOverIsTakenOnceAndACaseKeepsAManager() {
    ViolenceCase c = open();
    c.take("konselor.karawang");
    assertThat(c.managers()).containsExactly("konselor.karawang");
    assertThatThrownBy(() -> c.take("p2tp2a.karawang")).isInstanceOf(ConflictException.class);
    c.assign(Set.of("p2tp2a.karawang"));
    assertThat(c.managers()).containsExactly("p2tp2a.karawang");
    assertThatThrownBy(() -> c.assign(Set.of())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aConsentOnFilePermitsUntilItIsWithdrawn() {
    ViolenceCase c = open();
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY)).isFalse();
    FieldErrors errors = new FieldErrors();
    Consent consent =
        Consent.record(
            ConsentPurpose.PERLINDUNGAN_SOSIAL,
            Consent.SLRT,
            TODAY,
            TODAY.plusMonths(6),
            ConsentGiver.WALI,
            "Ibu Sari",
            null,
            c.childOn(TODAY),
            TODAY,
            errors);
    assertThat(errors.isEmpty()).isTrue();
    c.addConsent(consent, NOW, "p2tp2a.karawang");
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY)).isTrue();
    assertThat(c.permits(ConsentPurpose.RUJUKAN_LAYANAN, Consent.SLRT, TODAY)).isFalse();
    consent.withdraw(TODAY.plusDays(1));
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY.plusDays(1)))
        .isFalse();
  }
}
