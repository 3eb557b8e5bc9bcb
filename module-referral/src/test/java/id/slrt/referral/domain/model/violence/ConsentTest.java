package id.slrt.referral.domain.model.violence;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private static FieldErrors errors;

  private static Consent record(ConsentGiver by, String name, String reason, boolean child) {
    errors = new FieldErrors();
    return Consent.record(
        ConsentPurpose.PERLINDUNGAN_SOSIAL,
        Consent.SLRT,
        TODAY,
        TODAY.plusMonths(6),
        by,
        name,
        reason,
        child,
        TODAY,
        errors);
  }

  private static String refusals() {
    return errors.list().stream().map(e -> e.field() + ":" + e.messageKey()).toList().toString();
  }

  @Test
  void anAdultConsentsHerselfAndItPermitsOnlyItsPurposeRecipientAndDays() {
    Consent c = record(ConsentGiver.KORBAN, null, null, false);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY)).isTrue();
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY.plusMonths(6)))
        .isTrue();
    assertThat(
            c.permits(
                ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY.plusMonths(6).plusDays(1)))
        .isFalse();
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY.minusDays(1)))
        .isFalse();
    assertThat(c.permits(ConsentPurpose.RUJUKAN_LAYANAN, Consent.SLRT, TODAY)).isFalse();
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, "DINKES", TODAY)).isFalse();
  }

  @Test
  void aWithdrawnConsentPermitsNothingFromThatDayOn() {
    Consent c = record(ConsentGiver.KORBAN, null, null, false);
    c.withdraw(TODAY.plusDays(10));
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY.plusDays(9)))
        .isTrue();
    assertThat(c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, TODAY.plusDays(10)))
        .isFalse();
  }

  @Test
  void forAChildItIsTheGuardianOrTheManagersBestInterestDecisionWithItsReason() {
    assertThat(record(ConsentGiver.KORBAN, null, null, true)).isNull();
    assertThat(refusals()).isEqualTo("[givenBy:violence.consent.childByGuardian]");
    assertThat(record(ConsentGiver.WALI, " ", null, true)).isNull();
    assertThat(refusals()).isEqualTo("[giverName:violence.consent.guardianNameRequired]");
    assertThat(record(ConsentGiver.WALI, "Nenek korban", null, true).giverName())
        .contains("Nenek korban");
    assertThat(record(ConsentGiver.KEPENTINGAN_TERBAIK, null, null, true)).isNull();
    assertThat(refusals()).isEqualTo("[reason:violence.consent.bestInterestReasonRequired]");
    assertThat(
            record(ConsentGiver.KEPENTINGAN_TERBAIK, null, "Orang tua adalah pelaku", true)
                .givenBy())
        .isEqualTo(ConsentGiver.KEPENTINGAN_TERBAIK);
    // an adult decides for herself: no best-interest decision over her head
    assertThat(record(ConsentGiver.KEPENTINGAN_TERBAIK, null, "x", false)).isNull();
    assertThat(refusals()).isEqualTo("[givenBy:violence.consent.bestInterestForChildren]");
  }

  @Test
  void everyMissingOrWrongFieldIsNamedAtOnce() {
    errors = new FieldErrors();
    Consent c =
        Consent.record(null, " ", TODAY.plusDays(1), TODAY, null, null, null, false, TODAY, errors);
    assertThat(c).isNull();
    assertThat(errors.list())
        .extracting(FieldError::field)
        .containsExactly("purpose", "recipient", "givenOn", "expiresOn", "givenBy");
    errors = new FieldErrors();
    Consent.record(
        ConsentPurpose.RUJUKAN_LAYANAN,
        "DINKES",
        TODAY,
        TODAY.plusDays(Consent.MAX_DAYS + 1),
        ConsentGiver.KORBAN,
        null,
        null,
        false,
        TODAY,
        errors);
    assertThat(errors.list())
        .extracting(FieldError::messageKey)
        .containsExactly("violence.consent.expiryRange");
  }
}
