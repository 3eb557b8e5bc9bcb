package id.slrt.intake.domain.model.household;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
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
 * A program a family or one of its members receives or received, dated: since when, until when
 * (open while still received), and whether it is active (a KIS/PBI card can be held but inactive).
 * Only ever added; a later receipt of the same program tells the newer story.
 */
@Entity
@Table(name = "program_receipt")
public class ProgramReceipt {
  /** The longest note kept. */
  public static final int MAX_NOTE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  /** The member who receives it, for a personal program; null for the family's. */
  @Column(name = "person_id")
  private Long personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "program", nullable = false, length = 10)
  private Program program;

  @Column(name = "since", nullable = false)
  private LocalDate since;

  @Column(name = "until")
  private LocalDate until;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "note", length = MAX_NOTE)
  private String note;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected ProgramReceipt() {}

  /**
   * Records a receipt for the family; {@code member} is the member receiving a personal program
   * (null for a family's program).
   *
   * @throws ValidationException naming every rule of {@link #check} the receipt breaks
   */
  public ProgramReceipt(
      Household family,
      Person member,
      Program program,
      LocalDate since,
      LocalDate until,
      boolean active,
      String note,
      LocalDate today,
      Instant at,
      String by) {
    FieldErrors errors = new FieldErrors();
    check(family, member, program, since, until, note, today, errors);
    errors.throwIfAny();
    this.householdId = family.id();
    this.personId = member == null ? null : member.id();
    this.program = program;
    this.since = since;
    this.until = until;
    this.active = active && (until == null || !until.isBefore(today));
    this.note = note;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /**
   * The rules of a receipt, under the API's field names: a program; a personal one (KIS/PBI, KIP)
   * names a member of the family, a family's one names nobody; a start date not in the future and
   * an end not before it; a note of at most {@link #MAX_NOTE} characters.
   */
  public static void check(
      Household family,
      Person member,
      Program program,
      LocalDate since,
      LocalDate until,
      String note,
      LocalDate today,
      FieldErrors errors) {
    if (program == null) {
      errors.add("program", "program.required");
    } else if (program.personal() && member == null) {
      errors.add("personId", "program.personRequired");
    } else if (!program.personal() && member != null) {
      errors.add("personId", "program.familyOnly");
    }
    if (member != null && member.household() != family) {
      errors.add("personId", "member.notFound");
    }
    if (since == null) {
      errors.add("since", "program.since");
    } else if (since.isAfter(today)) {
      errors.add("since", "program.sinceFuture");
    } else if (until != null && until.isBefore(since)) {
      errors.add("until", "program.untilBeforeSince");
    }
    if (note != null && note.length() > MAX_NOTE) {
      errors.add("note", "program.noteTooLong", MAX_NOTE);
    }
  }

  public Long id() {
    return id;
  }

  public long householdId() {
    return householdId;
  }

  public Optional<Long> personId() {
    return Optional.ofNullable(personId);
  }

  public Program program() {
    return program;
  }

  public LocalDate since() {
    return since;
  }

  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /** Received now: recorded active and not ended. */
  public boolean active() {
    return active;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
