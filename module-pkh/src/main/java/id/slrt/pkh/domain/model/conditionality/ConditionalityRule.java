package id.slrt.pkh.domain.model.conditionality;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/**
 * The district's P2K2 conditionality: attendance is counted per payment period of {@link
 * #periodMonths()} months; a family meets its commitment in a period when it was present at least
 * {@link #minimumPercent()} percent of the sessions expected of it; it is flagged after {@link
 * #flagAfterPeriods()} such periods in a row; whether the district ends a family's membership for
 * non-compliance at all (graduasi paksa, only after the recorded warnings) is {@link
 * #forcedExitAllowed()}.
 */
@Entity
@Table(name = "pkh_conditionality_rule")
public class ConditionalityRule {
  /** The lengths that cut a year into whole periods. */
  public static final List<Integer> PERIOD_MONTHS = List.of(1, 2, 3, 4, 6, 12);

  /** The district has one rule, under this id. */
  public static final long THE_RULE = 1L;

  @Id private Long id = THE_RULE;

  @Column(name = "period_months", nullable = false)
  private int periodMonths = 3;

  @Column(name = "minimum_percent", nullable = false)
  private int minimumPercent = 75;

  @Column(name = "flag_after_periods", nullable = false)
  private int flagAfterPeriods = 2;

  @Column(name = "forced_exit_allowed", nullable = false)
  private boolean forcedExitAllowed = true;

  @Version private long version;

  /** The rule every district starts with: three-month periods, 75 %, flagged after two. */
  public ConditionalityRule() {}

  /** Changes the rule; errors by field, nothing changed when there is one. */
  public void change(
      Integer periodMonths,
      Integer minimumPercent,
      Integer flagAfterPeriods,
      Boolean forcedExitAllowed,
      FieldErrors errors) {
    if (periodMonths == null || !PERIOD_MONTHS.contains(periodMonths)) {
      errors.add("periodMonths", "pkh.rule.periodMonths");
    }
    if (minimumPercent == null || minimumPercent < 1 || minimumPercent > 100) {
      errors.add("minimumPercent", "pkh.rule.minimumPercent");
    }
    if (flagAfterPeriods == null || flagAfterPeriods < 1 || flagAfterPeriods > 4) {
      errors.add("flagAfterPeriods", "pkh.rule.flagAfterPeriods");
    }
    if (forcedExitAllowed == null) {
      errors.add("forcedExitAllowed", "pkh.rule.forcedExitAllowed");
    }
    if (!errors.isEmpty()) {
      return;
    }
    this.periodMonths = periodMonths;
    this.minimumPercent = minimumPercent;
    this.flagAfterPeriods = flagAfterPeriods;
    this.forcedExitAllowed = forcedExitAllowed;
  }

  /** Whether the family met its commitment: nothing expected of it, or present often enough. */
  public boolean compliant(PeriodAttendance a) {
    return a.expected() == 0 || a.present() * 100 >= minimumPercent * a.expected();
  }

  /**
   * Whether the family is flagged: it missed its commitment in each of the last {@link
   * #flagAfterPeriods()} periods, {@code latestFirst} starting with the period assessed.
   */
  public boolean flagged(List<PeriodAttendance> latestFirst) {
    if (latestFirst.size() < flagAfterPeriods) {
      return false;
    }
    return latestFirst.subList(0, flagAfterPeriods).stream().noneMatch(this::compliant);
  }

  /** The period assessed and the ones before it that {@link #flagged} looks at, latest first. */
  public List<PaymentPeriod> lookBack(PaymentPeriod assessed) {
    java.util.ArrayList<PaymentPeriod> out = new java.util.ArrayList<>();
    PaymentPeriod p = assessed;
    for (int i = 0; i < flagAfterPeriods; i++) {
      out.add(p);
      p = p.previous();
    }
    return out;
  }

  public int periodMonths() {
    return periodMonths;
  }

  public int minimumPercent() {
    return minimumPercent;
  }

  public int flagAfterPeriods() {
    return flagAfterPeriods;
  }

  public boolean forcedExitAllowed() {
    return forcedExitAllowed;
  }

  public long version() {
    return version;
  }
}
