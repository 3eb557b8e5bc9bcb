package id.slrt.pkh.domain.model.conditionality;

import java.util.Objects;

/**
 * A KPM's attendance at the P2K2 sessions that count in one payment period: the sessions it was
 * listed in, present (HADIR), excused (IZIN) and absent (TIDAK_HADIR). An excused absence is not
 * expected of the family, so it counts neither for nor against it.
 */
public record PeriodAttendance(PaymentPeriod period, int present, int excused, int absent) {
  public PeriodAttendance {
    Objects.requireNonNull(period);
    if (present < 0 || excused < 0 || absent < 0) {
      throw new IllegalArgumentException("negative attendance");
    }
  }

  public static PeriodAttendance none(PaymentPeriod period) {
    return new PeriodAttendance(period, 0, 0, 0);
  }

  /** The sessions the family was listed in. */
  public int listed() {
    return present + excused + absent;
  }

  /** The sessions the family was expected at: listed, less the excused ones. */
  public int expected() {
    return present + absent;
  }

  /** Present of expected, in whole percent rounded down; null when nothing was expected. */
  public Integer percent() {
    return expected() == 0 ? null : present * 100 / expected();
  }
}
