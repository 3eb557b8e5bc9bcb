package id.slrt.referral.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A district's working days: Monday to Friday, except its holidays (the national ones and its own).
 * SLA deadlines are counted in these days.
 */
public final class WorkingCalendar {
  /** A service's SLA may not be longer than this many working days (about a year and a half). */
  public static final int MAX_DAYS = 400;

  private final Set<LocalDate> holidays;

  public WorkingCalendar(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * The last day of a period of {@code days} working days that starts the day after {@code from}: a
   * referral made on Friday with an SLA of 1 day is due on Monday (or the next working day).
   *
   * @throws IllegalArgumentException when days is not between 1 and {@link #MAX_DAYS}
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("working days out of range: " + days);
    }
    LocalDate day = from;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }
}
