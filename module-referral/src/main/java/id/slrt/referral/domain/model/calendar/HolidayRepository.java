package id.slrt.referral.domain.model.calendar;

import java.time.LocalDate;

/** The current district's holidays. */
public interface HolidayRepository {
  /** The district's working calendar from {@code from} on (earlier holidays do not matter). */
  WorkingCalendar calendarFrom(LocalDate from);
}
