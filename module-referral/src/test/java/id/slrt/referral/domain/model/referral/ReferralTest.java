package id.slrt.referral.domain.model.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.ValidationException;
import id.slrt.referral.domain.model.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

  private static Referral kis() {
    return kis(null);
  }

  private static Referral kis(LocalDate referredOn) {
    return new Referral(
        new Referral.Subject(11, 7, "32.15.01.2001"),
        new Referral.Target("KIS", "DINKES", 14, false),
        5L,
        null,
        "Belum punya KIS",
        new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 25))),
        MONDAY,
        referredOn,
        AT,
        "puskesos.karawang");
  }

  @Test
  void aNewReferralIsDueAfterItsSlaInWorkingDaysAndKeepsItsFirstMove() {
    Referral r = kis();
    assertThat(r.status()).isEqualTo(ReferralStatus.DIRUJUK);
    // 14 working days from Monday 7 December, Christmas off
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(r.history()).hasSize(1);
    assertThat(r.history().get(0).to()).isEqualTo(ReferralStatus.DIRUJUK);
    assertThat(r.history().get(0).by()).isEqualTo("puskesos.karawang");
    assertThat(r.providerCode()).isEqualTo("DINKES");
  }

  @Test
  void isOverdueOnlyWhileOpenAndAfterItsDueDate() {
    Referral r = kis();
    assertThat(r.overdue(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(r.overdue(LocalDate.of(2026, 12, 29))).isTrue();
    r.moveTo(ReferralStatus.DITERIMA, null, null, null, AT, "dinkes.karawang");
    r.moveTo(ReferralStatus.DIPROSES, null, null, null, AT, "dinkes.karawang");
    assertThat(r.overdue(LocalDate.of(2026, 12, 29))).isTrue();
    r.moveTo(ReferralStatus.SELESAI, ReferralOutcome.DILAYANI, null, "KIS aktif", AT, "dinkes");
    assertThat(r.overdue(LocalDate.of(2027, 6, 1))).isFalse();
  }

  @Test
  void aVerivaliProposalIsSuggestedOnlyWhenAWelfareChangingServiceWasReceived() {
    Referral served = kis();
    assertThat(served.suggestsVerivali(true)).isFalse();
    served.moveTo(ReferralStatus.DITERIMA, null, null, null, AT, "dinkes");
    served.moveTo(ReferralStatus.DIPROSES, null, null, null, AT, "dinkes");
    assertThat(served.suggestsVerivali(true)).isFalse();
    served.moveTo(
        ReferralStatus.SELESAI, ReferralOutcome.DILAYANI, null, "KIS aktif", AT, "dinkes");
    assertThat(served.suggestsVerivali(true)).isTrue();
    assertThat(served.suggestsVerivali(false)).isFalse();

    Referral notEligible = kis();
    notEligible.moveTo(ReferralStatus.DITERIMA, null, null, null, AT, "dinkes");
    notEligible.moveTo(ReferralStatus.DIPROSES, null, null, null, AT, "dinkes");
    notEligible.moveTo(
        ReferralStatus.SELESAI, ReferralOutcome.TIDAK_LAYAK, null, "Sudah PBI", AT, "dinkes");
    assertThat(notEligible.suggestsVerivali(true)).isFalse();
  }

  @Test
  void followsTheStateMachineOfApiMd() {
    assertThat(ReferralStatus.DIRUJUK.next())
        .containsExactlyInAnyOrder(
            ReferralStatus.DITERIMA, ReferralStatus.DITOLAK, ReferralStatus.DITARIK);
    assertThat(ReferralStatus.DITERIMA.next())
        .containsExactlyInAnyOrder(ReferralStatus.DIPROSES, ReferralStatus.DITARIK);
    assertThat(ReferralStatus.DIPROSES.next())
        .containsExactlyInAnyOrder(ReferralStatus.SELESAI, ReferralStatus.DITOLAK);
    for (ReferralStatus done :
        Set.of(ReferralStatus.SELESAI, ReferralStatus.DITOLAK, ReferralStatus.DITARIK)) {
      assertThat(done.next()).isEmpty();
      assertThat(done.isOpen()).isFalse();
    }
    Referral r = kis();
    assertThatThrownBy(() -> r.moveTo(ReferralStatus.DIPROSES, null, null, null, AT, "x"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(r.status()).isEqualTo(ReferralStatus.DIRUJUK);
    assertThat(r.history()).hasSize(1);
  }

  @Test
  void aRefusalOrWithdrawalSaysWhyAndCompletionTakesAnOutcome() {
    Referral r = kis();
    assertThatThrownBy(() -> r.moveTo(ReferralStatus.DITOLAK, null, null, null, AT, "x"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> r.moveTo(ReferralStatus.DITARIK, null, null, null, AT, "x"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> r.moveTo(ReferralStatus.DITERIMA, ReferralOutcome.DILAYANI, null, null, AT, "x"))
        .isInstanceOf(ValidationException.class);
    r.moveTo(ReferralStatus.DITERIMA, null, null, null, AT, "x");
    r.moveTo(ReferralStatus.DIPROSES, null, null, null, AT, "x");
    assertThatThrownBy(() -> r.moveTo(ReferralStatus.SELESAI, null, null, null, AT, "x"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                r.moveTo(
                    ReferralStatus.SELESAI, ReferralOutcome.DIRUJUK_LANJUT, null, null, AT, "x"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> r.moveTo(ReferralStatus.SELESAI, ReferralOutcome.DILAYANI, "KK", null, AT, "x"))
        .isInstanceOf(ValidationException.class);
    assertThat(r.status()).isEqualTo(ReferralStatus.DIPROSES);
    r.moveTo(
        ReferralStatus.SELESAI,
        ReferralOutcome.DIRUJUK_LANJUT,
        "AKTA_LAHIR",
        "isbat dulu",
        AT,
        "x");
    assertThat(r.outcome()).contains(ReferralOutcome.DIRUJUK_LANJUT);
    assertThat(r.history()).extracting(ReferralEvent::to).hasSize(4);
    r.continuedBy(99);
    assertThat(r.nextId()).contains(99L);
    assertThatThrownBy(() -> r.continuedBy(100)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAReasonLongerThanTheLimit() {
    String tooLong = "x".repeat(Referral.MAX_TEXT + 1);
    assertThatThrownBy(
            () ->
                new Referral(
                    new Referral.Subject(1, 1, "32.15.01.2001"),
                    new Referral.Target("KIS", "DINKES", 14, false),
                    null,
                    null,
                    tooLong,
                    new WorkingCalendar(Set.of()),
                    MONDAY,
                    null,
                    AT,
                    "x"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aPaperReferralRecordedLaterIsDueFromTheDayItWasMade() {
    // made on paper on Monday 23 November, recorded on Monday 7 December: 14 working days from 23
    // November is 11 December
    Referral r = kis(LocalDate.of(2026, 11, 23));
    assertThat(r.referredOn()).contains(LocalDate.of(2026, 11, 23));
    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(r.overdue(MONDAY)).isFalse();
    assertThat(r.overdue(LocalDate.of(2026, 12, 14))).isTrue();
    assertThat(r.history().get(0).at()).isEqualTo(AT);
    // the day it is recorded is no late entry
    assertThat(kis(MONDAY).referredOn()).isEmpty();
    assertThat(kis(MONDAY).dueDate()).isEqualTo(kis().dueDate());
  }

  @Test
  void aPaperReferralIsNeverDatedInTheFutureNorMoreThanAMonthBack() {
    assertThat(kis(MONDAY.minusDays(Referral.LATE_ENTRY_DAYS)).referredOn()).isPresent();
    assertThatThrownBy(() -> kis(MONDAY.plusDays(1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field() + ":" + f.messageKey())
                    .containsExactly("referredOn:referral.referredOnFuture"));
    assertThatThrownBy(() -> kis(MONDAY.minusDays(Referral.LATE_ENTRY_DAYS + 1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field() + ":" + f.messageKey())
                    .containsExactly("referredOn:referral.referredOnTooEarly"));
  }
}
