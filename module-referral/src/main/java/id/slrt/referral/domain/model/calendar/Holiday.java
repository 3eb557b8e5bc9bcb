package id.slrt.referral.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
