package id.slrt.pkh.domain.model.kpm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A warning given to a family for missing its commitment in a payment period: which, for which
 * period (its first and last day, so a later change of the period's length leaves it readable), on
 * which day and by whom.
 */
@Embeddable
public class Warning {
  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 10)
  private WarningLevel level;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "note", length = 500)
  private String note;

  protected Warning() {}

  Warning(
      WarningLevel level,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate issuedOn,
      String issuedBy,
      String note) {
    this.level = Objects.requireNonNull(level);
    this.periodFrom = Objects.requireNonNull(periodFrom);
    this.periodTo = Objects.requireNonNull(periodTo);
    this.issuedOn = Objects.requireNonNull(issuedOn);
    this.issuedBy = Objects.requireNonNull(issuedBy);
    this.note = note;
  }

  public WarningLevel level() {
    return level;
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
