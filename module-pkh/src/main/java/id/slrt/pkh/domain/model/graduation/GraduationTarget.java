package id.slrt.pkh.domain.model.graduation;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * How many KPM a facilitator is to graduate in a year (East Java's facilitators: 23 to 25), set by
 * a coordinator.
 */
@Entity
@Table(name = "pkh_graduation_target")
@IdClass(GraduationTarget.Key.class)
public class GraduationTarget {
  /** No facilitator has more families than this to graduate in a year. */
  public static final int MAX = 500;

  @Id
  @Column(name = "facilitator", length = 100)
  private String facilitator;

  @Id
  @Column(name = "year")
  private int year;

  @Column(name = "target", nullable = false)
  private int target;

  @Column(name = "set_by", nullable = false, length = 100)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Version private long version;

  protected GraduationTarget() {}

  public GraduationTarget(String facilitator, int year) {
    this.facilitator = Objects.requireNonNull(facilitator);
    this.year = year;
  }

  /** Checks a target for {@code year}: 0 to {@link #MAX}, for this year or the next. */
  public static void check(Integer target, int year, int thisYear, FieldErrors errors) {
    if (target == null || target < 0 || target > MAX) {
      errors.add("target", "pkh.target.range", MAX);
    }
    if (year < thisYear - 1 || year > thisYear + 1) {
      errors.add("year", "pkh.target.year", thisYear - 1, thisYear + 1);
    }
  }

  public void set(int target, String by, Instant at) {
    this.target = target;
    this.setBy = Objects.requireNonNull(by);
    this.setAt = Objects.requireNonNull(at);
  }

  public String facilitator() {
    return facilitator;
  }

  public int year() {
    return year;
  }

  public int target() {
    return target;
  }

  public String setBy() {
    return setBy;
  }

  /** The composite key: facilitator and year. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String facilitator;
    private int year;

    public Key() {}

    public Key(String facilitator, int year) {
      this.facilitator = facilitator;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(facilitator, k.facilitator) && year == k.year;
    }

    @Override
    public int hashCode() {
      return Objects.hash(facilitator, year);
    }
  }
}
