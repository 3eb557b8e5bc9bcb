package id.slrt.referral.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private static final LocalDate IDUL_FITRI_1 = LocalDate.of(2026, 3, 20); // a Friday
  private static final WorkingCalendar KARAWANG =
      new WorkingCalendar(Set.of(LocalDate.of(2026, 3, 19), IDUL_FITRI_1));

  @Test
  void countsFromTheDayAfterAndSkipsWeekends() {
    LocalDate friday = LocalDate.of(2026, 12, 4);
    assertThat(KARAWANG.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(KARAWANG.addWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(KARAWANG.addWorkingDays(friday, 14)).isEqualTo(LocalDate.of(2026, 12, 24));
  }

  @Test
  void skipsHolidays() {
    LocalDate wednesday = LocalDate.of(2026, 3, 18);
    // Thursday 19 (Nyepi) and Friday 20 (Idulfitri) are holidays, then a weekend
    assertThat(KARAWANG.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(KARAWANG.isWorkingDay(IDUL_FITRI_1)).isFalse();
    assertThat(KARAWANG.isWorkingDay(LocalDate.of(2026, 3, 21))).isFalse();
    assertThat(KARAWANG.isWorkingDay(LocalDate.of(2026, 3, 23))).isTrue();
  }

  @Test
  void aReferralMadeOnAHolidayStillCountsFullWorkingDays() {
    assertThat(KARAWANG.addWorkingDays(IDUL_FITRI_1, 3)).isEqualTo(LocalDate.of(2026, 3, 25));
  }

  @Test
  void refusesAnSlaOutOfRange() {
    LocalDate day = LocalDate.of(2026, 12, 4);
    assertThatThrownBy(() -> KARAWANG.addWorkingDays(day, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KARAWANG.addWorkingDays(day, WorkingCalendar.MAX_DAYS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
