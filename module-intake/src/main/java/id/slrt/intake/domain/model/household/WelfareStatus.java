package id.slrt.intake.domain.model.household;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.core.persistence.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
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
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "welfare_status")
  @TableGenerator(
      name = "welfare_status",
      table = IdBlocks.TABLE,
      pkColumnName = "name",
      valueColumnName = "last_id",
      pkColumnValue = "welfare_status",
      allocationSize = IdBlocks.SIZE)
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

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by", length = 100)
  private String voidedBy;

  @Column(name = "void_reason", length = MAX_VOID_REASON)
  private String voidReason;

  protected WelfareStatus() {}

  /** The longest reason for marking a status void. */
  public static final int MAX_VOID_REASON = 500;

  /** The longest {@code source} kept. */
  public static final int MAX_SOURCE = 100;

  /**
   * Records a snapshot.
   *
   * @throws ValidationException naming every rule of {@link #check} the facts break
   */
  public WelfareStatus(
      long householdId,
      WelfareRegister register,
      boolean registered,
      Integer desil,
      String source,
      LocalDate asOf,
      LocalDate today,
      Instant recordedAt,
      String recordedBy) {
    FieldErrors errors = new FieldErrors();
    check(register, registered, desil, source, asOf, today, errors);
    errors.throwIfAny();
    this.householdId = householdId;
    this.register = register;
    this.registered = registered;
    this.desil = desil;
    this.source = source;
    this.asOf = asOf;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  /**
   * The rules of a welfare status, each broken one added to {@code errors} under the API's field
   * names ({@code register}, {@code registered}, {@code desil}, {@code source}, {@code asOf}): the
   * register and whether the family is in it are required; a desil is 1 (the poorest) to 10, and
   * only DTSEN gives one, to a registered family; the date is required and not in the future.
   * Registration of a snapshot, the import and the screens all ask here.
   */
  public static void check(
      WelfareRegister register,
      Boolean registered,
      Integer desil,
      String source,
      LocalDate asOf,
      LocalDate today,
      FieldErrors errors) {
    if (register == null) {
      errors.add("register", "welfare.register");
    }
    if (registered == null) {
      errors.add("registered", "welfare.registered");
    }
    if (desil != null) {
      if (desil < 1 || desil > 10) {
        errors.add("desil", "welfare.desilRange");
      } else if (register == WelfareRegister.DTKS || Boolean.FALSE.equals(registered)) {
        errors.add("desil", "welfare.desilDtsen");
      }
    }
    if (source != null && source.length() > MAX_SOURCE) {
      errors.add("source", "welfare.sourceTooLong", MAX_SOURCE);
    }
    if (asOf == null) {
      errors.add("asOf", "welfare.asOf");
    } else if (asOf.isAfter(today)) {
      errors.add("asOf", "welfare.asOfFuture");
    }
  }

  /**
   * Marks the status as recorded by mistake: it stays in the history, no longer current.
   *
   * @throws ValidationException without a reason, or one too long
   * @throws IllegalStateException when it was marked void already
   */
  public void voidBecause(String reason, Instant at, String by) {
    if (voidedAt != null) {
      throw new IllegalStateException("welfare status " + id + " is void already");
    }
    FieldErrors errors = new FieldErrors();
    if (reason == null || reason.isBlank()) {
      errors.add("reason", "welfare.voidReason");
    } else if (reason.length() > MAX_VOID_REASON) {
      errors.add("reason", "welfare.voidReasonTooLong", MAX_VOID_REASON);
    }
    errors.throwIfAny();
    this.voidReason = reason;
    this.voidedAt = at;
    this.voidedBy = by;
  }

  public boolean voided() {
    return voidedAt != null;
  }

  public Optional<Instant> voidedAt() {
    return Optional.ofNullable(voidedAt);
  }

  public Optional<String> voidedBy() {
    return Optional.ofNullable(voidedBy);
  }

  public Optional<String> voidReason() {
    return Optional.ofNullable(voidReason);
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
