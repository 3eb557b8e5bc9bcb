package id.slrt.pkh.domain.model.conditionality;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.pkh.domain.model.kpm.ExitReason;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.kpm.ParticipantNumber;
import id.slrt.pkh.domain.model.kpm.WarningLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalityTest {
  private static final PaymentPeriod Q1 = new PaymentPeriod(2026, 1, 3);
  private static final PaymentPeriod Q2 = Q1.next();
  private static final PaymentPeriod Q3 = Q2.next();

  @Test
  void periodsCutTheYearAndCarryOverIntoTheNext() {
    assertThat(PaymentPeriod.of(LocalDate.of(2026, 8, 15), 3).code()).isEqualTo("2026-P3");
    assertThat(Q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Q3.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(Q1.previous().code()).isEqualTo("2025-P4");
    assertThat(new PaymentPeriod(2026, 12, 1).end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(new PaymentPeriod(2024, 1, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    FieldErrors errors = new FieldErrors();
    assertThat(PaymentPeriod.read(" 2026-P4 ", 3, "a", errors)).contains(Q3.next());
    assertThat(PaymentPeriod.read("2026-P5", 3, "b", errors)).isEmpty();
    assertThat(PaymentPeriod.read("2026-3", 3, "c", errors)).isEmpty();
    assertThat(PaymentPeriod.read(null, 3, "d", errors)).isEmpty();
    assertThat(errors.list())
        .extracting(e -> e.field() + ":" + e.messageKey())
        .containsExactly("b:pkh.period.range", "c:pkh.period.format", "d:pkh.period.format");
  }

  @Test
  void excusedAbsencesAreNotExpectedAndTheThresholdIsInclusive() {
    ConditionalityRule rule = new ConditionalityRule(); // 75 %
    assertThat(rule.compliant(new PeriodAttendance(Q1, 3, 0, 1))).isTrue(); // 75 %
    assertThat(rule.compliant(new PeriodAttendance(Q1, 2, 0, 1))).isFalse(); // 66 %
    assertThat(rule.compliant(new PeriodAttendance(Q1, 2, 1, 0))).isTrue();
    assertThat(rule.compliant(new PeriodAttendance(Q1, 0, 3, 0))).isTrue(); // nothing expected
    assertThat(rule.compliant(PeriodAttendance.none(Q1))).isTrue();
    assertThat(new PeriodAttendance(Q1, 2, 1, 1).percent()).isEqualTo(66);
    assertThat(new PeriodAttendance(Q1, 0, 2, 0).percent()).isNull();
  }

  @Test
  void aFamilyIsFlaggedAfterTheRulesNumberOfMissedPeriodsInARow() {
    ConditionalityRule rule = new ConditionalityRule(); // flagged after 2
    PeriodAttendance missedQ3 = new PeriodAttendance(Q3, 0, 0, 3);
    PeriodAttendance missedQ2 = new PeriodAttendance(Q2, 1, 0, 2);
    PeriodAttendance metQ2 = new PeriodAttendance(Q2, 3, 0, 0);
    assertThat(rule.flagged(List.of(missedQ3, missedQ2))).isTrue();
    assertThat(rule.flagged(List.of(missedQ3, metQ2))).isFalse();
    assertThat(rule.flagged(List.of(missedQ3))).isFalse();
    assertThat(rule.lookBack(Q1))
        .extracting(PaymentPeriod::code)
        .containsExactly("2026-P1", "2025-P4");
  }

  @Test
  void aChangedRuleIsCheckedWholeAndNothingChangesOnAnError() {
    ConditionalityRule rule = new ConditionalityRule();
    FieldErrors errors = new FieldErrors();
    rule.change(5, 0, 9, null, errors);
    assertThat(errors.list())
        .extracting(e -> e.field())
        .containsExactly("periodMonths", "minimumPercent", "flagAfterPeriods", "forcedExitAllowed");
    assertThat(rule.periodMonths()).isEqualTo(3);
    rule.change(1, 85, 3, false, new FieldErrors());
    assertThat(rule.minimumPercent()).isEqualTo(85);
    assertThat(rule.forcedExitAllowed()).isFalse();
  }

  @Test
  void warningsComeInOrderOnePerMissedPeriodAndAForcedExitOnlyAfterTheLast() {
    ConditionalityRule rule = new ConditionalityRule();
    Kpm kpm = kpm();
    LocalDate day = LocalDate.of(2026, 11, 10);
    PeriodAttendance metQ1 = new PeriodAttendance(Q1, 3, 0, 0);
    assertThat(conflict(() -> kpm.exit(ExitReason.TIDAK_MEMENUHI_KOMITMEN, day, "x", rule)))
        .isEqualTo("pkh.exit.warningsMissing");
    assertThat(conflict(() -> kpm.warn(WarningLevel.KEDUA, miss(Q1), rule, day, "p", null)))
        .isEqualTo("pkh.warning.order");
    assertThat(conflict(() -> kpm.warn(WarningLevel.PERTAMA, metQ1, rule, day, "p", null)))
        .isEqualTo("pkh.warning.compliant");
    assertThat(
            conflict(
                () ->
                    kpm.warn(
                        WarningLevel.PERTAMA,
                        miss(Q1.next().next().next().next()),
                        rule,
                        day,
                        "p",
                        null)))
        .isEqualTo("pkh.warning.futurePeriod");
    kpm.warn(WarningLevel.PERTAMA, miss(Q1), rule, day, "pendamping.T", "tiga kali tidak hadir");
    assertThat(conflict(() -> kpm.warn(WarningLevel.KEDUA, miss(Q1), rule, day, "p", null)))
        .isEqualTo("pkh.warning.samePeriod");
    kpm.warn(WarningLevel.KEDUA, miss(Q2), rule, day, "pendamping.T", null);
    assertThat(kpm.nextWarning()).contains(WarningLevel.TERAKHIR);
    kpm.warn(WarningLevel.TERAKHIR, miss(Q3), rule, day, "korcam.T", null);
    assertThat(kpm.nextWarning()).isEmpty();
    assertThat(kpm.warnings())
        .extracting(w -> w.level() + "/" + w.periodFrom() + "/" + w.issuedBy())
        .containsExactly(
            "PERTAMA/2026-01-01/pendamping.T",
            "KEDUA/2026-04-01/pendamping.T",
            "TERAKHIR/2026-07-01/korcam.T");
    assertThat(
            conflict(() -> kpm.warn(WarningLevel.TERAKHIR, miss(Q3.next()), rule, day, "p", null)))
        .isEqualTo("pkh.warning.allGiven");
    assertThat(
            conflict(
                () -> kpm.exit(ExitReason.TIDAK_MEMENUHI_KOMITMEN, day.minusDays(1), null, rule)))
        .isEqualTo("pkh.exit.beforeLastWarning");
    ConditionalityRule lenient = new ConditionalityRule();
    lenient.change(3, 75, 2, false, new FieldErrors());
    assertThat(conflict(() -> kpm.exit(ExitReason.TIDAK_MEMENUHI_KOMITMEN, day, null, lenient)))
        .isEqualTo("pkh.exit.forcedNotAllowed");
    kpm.exit(ExitReason.TIDAK_MEMENUHI_KOMITMEN, day, null, rule);
    assertThat(kpm.status()).isEqualTo(KpmStatus.KELUAR);
    assertThat(kpm.exitReason()).contains(ExitReason.TIDAK_MEMENUHI_KOMITMEN);
  }

  @Test
  void otherExitsNeedNoWarningButAnOtherReasonNeedsItsNote() {
    ConditionalityRule rule = new ConditionalityRule();
    Kpm kpm = kpm();
    assertThat(conflict(() -> kpm.exit(ExitReason.LAINNYA, LocalDate.of(2026, 11, 1), " ", rule)))
        .isEqualTo("pkh.exit.noteRequired");
    kpm.exit(ExitReason.PINDAH_DOMISILI, LocalDate.of(2026, 11, 1), null, rule);
    assertThat(kpm.exitReason()).contains(ExitReason.PINDAH_DOMISILI);
  }

  private static PeriodAttendance miss(PaymentPeriod p) {
    return new PeriodAttendance(p, 0, 1, 2);
  }

  private static String conflict(Runnable r) {
    try {
      r.run();
    } catch (ConflictException e) {
      return e.messageKey();
    }
    return "no conflict";
  }

  private static Kpm kpm() {
    return new Kpm(
        new ParticipantNumber("350304000200082"),
        2019,
        7,
        70,
        "35.03.04.2001",
        "TGK-01",
        List.of());
  }
}
