package id.slrt.referral.domain.model.calendar;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** A day the district's offices are closed: a national holiday or one of the district's own. */
@Entity
@Table(name = "holiday")
public class Holiday {
  @Id
  @Column(name = "day")
  private LocalDate day;

  @Column(name = "name", nullable = false, length = 150)
  private String name;

  @Column(name = "national", nullable = false)
  private boolean national;

  @Version private long version;

  protected Holiday() {}

  public Holiday(LocalDate day, String name, boolean national) {
    this.day = day;
    this.name = name;
    this.national = national;
  }

  public static final int MAX_NAME = 150;

  /**
   * A holiday of the district's own: a working day (a Saturday or Sunday is closed anyway) within a
   * year back and two years ahead of today, with a name; each broken rule goes to {@code errors},
   * and nothing is made then.
   *
   * @param day null when it was not given or could not be read (already refused)
   */
  public static Holiday local(LocalDate day, String name, LocalDate today, FieldErrors errors) {
    if (day != null
        && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
      errors.add("day", "holiday.weekend");
    } else if (day != null
        && (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(2)))) {
      errors.add("day", "holiday.dayRange");
    }
    if (name == null) {
      errors.add("name", "holiday.nameRequired");
    } else if (name.length() > MAX_NAME) {
      errors.add("name", "text.tooLong", MAX_NAME);
    }
    return errors.isEmpty() && day != null ? new Holiday(day, name, false) : null;
  }

  /** Only the district's own holidays can be removed; national ones are the government's. */
  public void requireRemovable() {
    if (national) {
      throw new ConflictException("holiday.national", day);
    }
  }

  public LocalDate day() {
    return day;
  }

  public String name() {
    return name;
  }

  public boolean national() {
    return national;
  }
}
