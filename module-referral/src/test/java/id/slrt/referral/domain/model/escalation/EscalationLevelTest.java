package id.slrt.referral.domain.model.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.security.Place;
import id.slrt.referral.domain.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationLevelTest {
  // 2026-12-25 (Friday) is Christmas; 2027-01-01 (Friday) New Year
  private final WorkingCalendar calendar =
      new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));

  /** Whether a referral due on {@code due} has reached the level on {@code today}. */
  private boolean reached(EscalationLevel level, LocalDate due, LocalDate today) {
    return !due.isAfter(level.dueOnOrBefore(today, calendar));
  }

  @Test
  void thePuskesosHearsTheDayAfterTheDueDateWhateverTheDay() {
    LocalDate due = LocalDate.of(2026, 12, 4); // a Friday
    assertThat(reached(EscalationLevel.PUSKESOS, due, due)).isFalse();
    assertThat(reached(EscalationLevel.PUSKESOS, due, due.plusDays(1))).isTrue(); // Saturday
  }

  @Test
  void theKecamatanHearsAfterFiveWorkingDaysLateSkippingWeekendsAndHolidays() {
    LocalDate due = LocalDate.of(2026, 12, 21); // Monday; 25th is a holiday
    // working days after the due date: 22, 23, 24, 28, 29
    assertThat(reached(EscalationLevel.KECAMATAN, due, LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(reached(EscalationLevel.KECAMATAN, due, LocalDate.of(2026, 12, 29))).isTrue();
    // a weekend day after the fifth working day keeps the level reached
    assertThat(reached(EscalationLevel.KECAMATAN, due, LocalDate.of(2027, 1, 2))).isTrue();
  }

  @Test
  void theDistrictHearsAfterTenWorkingDaysLate() {
    LocalDate due = LocalDate.of(2026, 12, 21);
    // 22, 23, 24, 28, 29, 30, 31, (1 Jan holiday) 4, 5, 6
    assertThat(reached(EscalationLevel.KABUPATEN, due, LocalDate.of(2027, 1, 5))).isFalse();
    assertThat(reached(EscalationLevel.KABUPATEN, due, LocalDate.of(2027, 1, 6))).isTrue();
    assertThat(reached(EscalationLevel.KECAMATAN, due, LocalDate.of(2027, 1, 6))).isTrue();
  }

  @Test
  void eachLevelSpeaksToItsPlace() {
    String village = "32.15.01.1001";
    assertThat(EscalationLevel.PUSKESOS.addressedTo(village)).isEqualTo(Place.village(village));
    assertThat(EscalationLevel.KECAMATAN.addressedTo(village))
        .isEqualTo(Place.kecamatan("32.15.01"));
    assertThat(EscalationLevel.KABUPATEN.addressedTo(village)).isEqualTo(Place.DISTRICT);
  }

  @Test
  void aUsersNoticeCountsFromTheLevelOfTheirPlace() {
    assertThat(EscalationLevel.addressedTo(Place.DISTRICT, true))
        .isEqualTo(EscalationLevel.KABUPATEN);
    assertThat(EscalationLevel.addressedTo(Place.kecamatan("32.15.01"), false))
        .isEqualTo(EscalationLevel.KECAMATAN);
    assertThat(EscalationLevel.addressedTo(Place.village("32.15.01.1001"), false))
        .isEqualTo(EscalationLevel.PUSKESOS);
    assertThat(EscalationLevel.addressedTo(Place.DISTRICT, false))
        .isEqualTo(EscalationLevel.PUSKESOS);
    assertThat(EscalationLevel.ofStep(2)).contains(EscalationLevel.KECAMATAN);
    assertThat(EscalationLevel.ofStep(4)).isEmpty();
  }
}
