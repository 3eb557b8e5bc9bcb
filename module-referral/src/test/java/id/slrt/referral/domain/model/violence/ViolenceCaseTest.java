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

  private static ViolenceCase registered(boolean perpetratorInKk, String safeContact) {
    FieldErrors errors = new FieldErrors();
    ViolenceCase c =
        ViolenceCase.open(
            new ViolenceCase.Origin("8RT4-ZK1P-WQ7M", null, CaseChannel.P2TP2A, TODAY, null),
            Victim.person(42L, LocalDate.of(1990, 5, 1), false),
            null,
            "F",
            new ViolenceCase.Guardian(null, null),
            Set.of(ViolenceType.FISIK),
            new ViolenceCase.Perpetrator(
                PerpetratorRelation.SUAMI_ISTRI, perpetratorInKk, safeContact),
            null,
            null,
            TODAY,
            NOW,
            "p2tp2a.karawang",
            errors);
    assertThat(errors.isEmpty()).isTrue();
    return c;
  }

  private static void consent(ViolenceCase c, ConsentPurpose purpose, String recipient) {
    FieldErrors errors = new FieldErrors();
    Consent k =
        Consent.record(
            purpose,
            recipient,
            TODAY,
            TODAY.plusMonths(6),
            ConsentGiver.KORBAN,
            null,
            null,
            false,
            TODAY,
            errors);
    assertThat(errors.isEmpty()).isTrue();
    c.addConsent(k, NOW, "p2tp2a.karawang");
  }

  private static java.util.List<String> referralRefusals(ViolenceCase c, String provider) {
    FieldErrors errors = new FieldErrors();
    c.checkReferral(provider, TODAY, errors);
    try {
      errors.throwIfAny();
      return java.util.List.of();
    } catch (ValidationException e) {
      return e.errors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }
  }

  @Test
  void nothingLeavesTheCaseAsAReferralWithoutAConsentInForce() {
    ViolenceCase c = registered(false, null);
    assertThat(referralRefusals(c, "DINKES"))
        .containsExactly("consent:violence.referral.consentRequired");
    // a service referral's consent names its agency, and only that agency's services pass
    consent(c, ConsentPurpose.RUJUKAN_LAYANAN, "DINKES");
    assertThat(referralRefusals(c, "DINKES")).isEmpty();
    assertThat(referralRefusals(c, "DINSOS"))
        .containsExactly("consent:violence.referral.consentRequired");
    // social protection through SLRT reaches every service of the catalogue
    consent(c, ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT);
    assertThat(referralRefusals(c, "DINSOS")).isEmpty();
    // withdrawn, it lets nothing through any more
    c.consents().forEach(k -> k.withdraw(TODAY));
    assertThat(referralRefusals(c, "DINSOS"))
        .containsExactly("consent:violence.referral.consentRequired");
  }

  @Test
  void anAnonymousVictimIsNeverReferred() {
    ViolenceCase c = open();
    consent(c, ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT);
    assertThat(referralRefusals(c, "DINSOS"))
        .contains("victim:violence.referral.victimUnregistered");
  }

  @Test
  void withThePerpetratorInTheFamilyCardAReferralNeedsASafeContactAndReachesHerThere() {
    ViolenceCase c = registered(true, null);
    consent(c, ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT);
    assertThat(referralRefusals(c, "DINSOS"))
        .containsExactly("safeContact:violence.safeContactRequired");
    assertThat(c.referralContact()).isEmpty();
    c.changeSafeContact("Kakak korban, Jl. Melati 5", new FieldErrors());
    assertThat(referralRefusals(c, "DINSOS")).isEmpty();
    assertThat(c.referralContact()).contains("Kakak korban, Jl. Melati 5");
    // without the perpetrator at home the family's own address is used
    assertThat(registered(false, null).referralContact()).isEmpty();
  }
}
