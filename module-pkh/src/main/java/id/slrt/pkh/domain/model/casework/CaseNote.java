package id.slrt.pkh.domain.model.casework;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A facilitator's case about a KPM, as the seeds tell them: a child who stopped going to school,
 * found out after a P2K2 session. Who is involved (teachers, the school's counsellor), what was
 * done and when (a home visit, a school visit, escorting the child), and the outcome that closes
 * it. A case may be turned into one SLRT referral (the school, or the madrasah under Kemenag).
 */
@Entity
@Table(name = "pkh_case_note")
public class CaseNote {
  public static final int MAX_TEXT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kpm_id", nullable = false)
  private long kpmId;

  /** The member the case is about (the child), when it is about one. */
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "subject", nullable = false, length = 200)
  private String subject;

  @Column(name = "found_on", nullable = false)
  private LocalDate foundOn;

  @Column(name = "description", length = MAX_TEXT)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pkh_case_person", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CasePerson> people = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pkh_case_action", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CaseAction> actions = new ArrayList<>();

  @Column(name = "outcome", length = MAX_TEXT)
  private String outcome;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "referral_id")
  private Long referralId;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected CaseNote() {}

  public CaseNote(
      long kpmId,
      Long personId,
      String subject,
      LocalDate foundOn,
      String description,
      List<CasePerson> people,
      String createdBy,
      Instant createdAt) {
    this.kpmId = kpmId;
    this.personId = personId;
    this.subject = Objects.requireNonNull(subject);
    this.foundOn = Objects.requireNonNull(foundOn);
    this.description = description;
    this.people = new ArrayList<>(people);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Checks a new case's subject, day found (not in the future) and description. */
  public static void check(
      String subject, LocalDate foundOn, String description, LocalDate today, FieldErrors errors) {
    if (subject == null) {
      errors.add("subject", "pkh.case.subjectRequired");
    } else if (subject.length() > 200) {
      errors.add("subject", "pkh.session.tooLong", 200);
    }
    if (foundOn != null && foundOn.isAfter(today)) {
      errors.add("foundOn", "pkh.case.future");
    }
    if (description != null && description.length() > MAX_TEXT) {
      errors.add("description", "pkh.session.tooLong", MAX_TEXT);
    }
  }

  /**
   * Records what was done: only on an open case, on a day from the day the case was found until
   * today, with a note of what happened.
   */
  public void act(
      LocalDate on, ActionType type, String note, String by, LocalDate today, FieldErrors errors) {
    requireOpen();
    if (on != null && on.isBefore(foundOn)) {
      errors.add("on", "pkh.case.beforeFound", foundOn);
    } else if (on != null && on.isAfter(today)) {
      errors.add("on", "pkh.case.future");
    }
    if (note == null) {
      errors.add("note", "pkh.case.noteRequired");
    } else if (note.length() > MAX_TEXT) {
      errors.add("note", "pkh.session.tooLong", MAX_TEXT);
    }
    errors.throwIfAny();
    actions.add(new CaseAction(on, type, note, by));
  }

  /** The outcome closes the case on {@code on}. */
  public void close(String outcome, LocalDate on, FieldErrors errors) {
    requireOpen();
    if (outcome == null) {
      errors.add("outcome", "pkh.case.outcomeRequired");
    } else if (outcome.length() > MAX_TEXT) {
      errors.add("outcome", "pkh.session.tooLong", MAX_TEXT);
    }
    errors.throwIfAny();
    this.outcome = outcome;
    this.closedOn = on;
  }

  /** Whether the case may still become a referral: only once. */
  public void requireNotReferred() {
    if (referralId != null) {
      throw new ConflictException("pkh.case.referredAlready", referralId);
    }
  }

  /** The case became an SLRT referral, once. */
  public void referred(long referralId) {
    requireNotReferred();
    this.referralId = referralId;
  }

  private void requireOpen() {
    if (closedOn != null) {
      throw new ConflictException("pkh.case.closed");
    }
  }

  public boolean open() {
    return closedOn == null;
  }

  public Long id() {
    return id;
  }

  public long kpmId() {
    return kpmId;
  }

  public Optional<Long> personId() {
    return Optional.ofNullable(personId);
  }

  public String subject() {
    return subject;
  }

  public LocalDate foundOn() {
    return foundOn;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public List<CasePerson> people() {
    return List.copyOf(people);
  }

  public List<CaseAction> actions() {
    return List.copyOf(actions);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  public Optional<Long> referralId() {
    return Optional.ofNullable(referralId);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
