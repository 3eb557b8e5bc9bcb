package id.slrt.referral.domain.model.escalation;

import id.slrt.core.security.Place;
import id.slrt.referral.domain.model.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The district's chain for an overdue referral: first the Puskesos of the family's village, as soon
 * as the referral is overdue; then the kecamatan supervisor, when the agency is still silent five
 * working days after the due date; then the district admin after ten. Each step is raised once per
 * referral (the escalation job) and stays on record after the referral is closed.
 */
public enum EscalationLevel {
  PUSKESOS(1, 0),
  KECAMATAN(2, 5),
  KABUPATEN(3, 10);

  private final int step;
  private final int workingDaysLate;

  EscalationLevel(int step, int workingDaysLate) {
    this.step = step;
    this.workingDaysLate = workingDaysLate;
  }

  /** 1, 2 or 3: how the level is stored, and the order of the chain. */
  public int step() {
    return step;
  }

  /** How many working days past its due date an open referral must be to reach this level. */
  public int workingDaysLate() {
    return workingDaysLate;
  }

  public static Optional<EscalationLevel> ofStep(int step) {
    for (EscalationLevel level : values()) {
      if (level.step == step) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest due date of an open referral that has reached this level on {@code today}: a
   * referral due on that day or before is escalated. The first level is reached the day after the
   * due date (the referral is overdue, whatever the day); the next ones count only working days
   * after the due date, up to and including today.
   */
  public LocalDate dueOnOrBefore(LocalDate today, WorkingCalendar calendar) {
    if (workingDaysLate == 0) {
      return today.minusDays(1);
    }
    LocalDate day = today;
    int counted = 0;
    while (true) {
      if (calendar.isWorkingDay(day)) {
        counted++;
        if (counted == workingDaysLate) {
          return day.minusDays(1);
        }
      }
      day = day.minusDays(1);
    }
  }

  /**
   * Who the level speaks to, as a place: the family's village for the Puskesos, its kecamatan for
   * the supervisor, the whole district for the admin.
   */
  public Place addressedTo(String villageCode) {
    return switch (this) {
      case PUSKESOS -> Place.village(villageCode);
      case KECAMATAN -> Place.kecamatan(villageCode.substring(0, villageCode.lastIndexOf('.')));
      case KABUPATEN -> Place.DISTRICT;
    };
  }

  /**
   * The level a user's notice counts from: the district admin hears of what reached the district, a
   * user placed in a kecamatan (the supervisor) what reached the kecamatan, and everyone else who
   * follows referrals (a Puskesos, the secretariat) every overdue referral of their place.
   */
  public static EscalationLevel addressedTo(Place place, boolean districtAdmin) {
    if (districtAdmin) {
      return KABUPATEN;
    }
    if (place.isKecamatan()) {
      return KECAMATAN;
    }
    return PUSKESOS;
  }
}
