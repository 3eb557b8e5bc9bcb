package id.slrt.intake.domain.model.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A household's welfare status on a date: registered in DTKS/DTSEN or not, its desil (DTSEN, 1 the
 * poorest to 10), and where that came from. Snapshots are only ever added, never changed: the
 * history shows how a family's standing moved (DTSEN is updated every three months).
 */
@Entity
@Table(name = "welfare_status")
public class WelfareStatus {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Enumerated(EnumType.STRING)
  @Column(name = "register", nullable = false, length = 10)
  private WelfareRegister register;

  @Column(name = "registered", nullable = false)
  private boolean registered;

  @Column(name = "desil")
  private Integer desil;

  @Column(name = "source", length = 100)
  private String source;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected WelfareStatus() {}

  public WelfareStatus(
      long householdId,
      WelfareRegister register,
      boolean registered,
      Integer desil,
      String source,
      LocalDate asOf,
      Instant recordedAt,
      String recordedBy) {
    if (desil != null && (desil < 1 || desil > 10 || !registered)) {
      throw new IllegalArgumentException("desil 1-10, only for a registered household");
    }
    this.householdId = householdId;
    this.register = register;
    this.registered = registered;
    this.desil = desil;
    this.source = source;
    this.asOf = asOf;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long id() {
    return id;
  }

  public long householdId() {
    return householdId;
  }

  public WelfareRegister register() {
    return register;
  }

  public boolean registered() {
    return registered;
  }

  public Optional<Integer> desil() {
    return Optional.ofNullable(desil);
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
