package id.slrt.pkh.domain.model.graduation;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.pkh.domain.model.kpm.GraduationType;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposal that a KPM leaves PKH by graduating, with its evidence, and the coordinator's
 * decision. Natural graduation (ALAMIAH) needs a family with no component left; a voluntary one
 * (MANDIRI, SEJAHTERA_MANDIRI) the family's signed statement letter, and SEJAHTERA_MANDIRI the
 * business that grew. Only a KOORDINATOR_PKH decides, never the one who proposed; an approval
 * graduates the KPM.
 */
@Entity
@Table(name = "pkh_graduation")
public class Graduation {
  static final int MAX_TEXT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kpm_id", nullable = false)
  private long kpmId;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 20)
  private GraduationType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private GraduationStatus status = GraduationStatus.DIUSULKAN;

  @Column(name = "statement_letter", nullable = false)
  private boolean statementLetter;

  @Column(name = "statement_date")
  private LocalDate statementDate;

  @Column(name = "business", length = MAX_TEXT)
  private String business;

  @Column(name = "training", length = MAX_TEXT)
  private String training;

  @Column(name = "notes", length = MAX_TEXT)
  private String notes;

  @Column(name = "proposed_by", nullable = false, length = 100)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = MAX_TEXT)
  private String decisionNote;

  @Column(name = "verivali_proposal_id")
  private Long verivaliProposalId;

  @Version private long version;

  protected Graduation() {}

  /**
   * Whether intake's verivali proposal may be made for the family now: its voluntary graduation
   * (MANDIRI or SEJAHTERA_MANDIRI, a family now able) is approved and no proposal was made yet.
   * After a natural graduation the family's welfare has not changed: nothing to propose.
   *
   * @throws ConflictException saying why not
   */
  public void checkVerivali() {
    if (status != GraduationStatus.DISETUJUI || type == GraduationType.ALAMIAH) {
      throw new ConflictException("pkh.graduation.verivaliNotVoluntary");
    }
    if (verivaliProposalId != null) {
      throw new ConflictException("pkh.graduation.verivaliMade", verivaliProposalId);
    }
  }

  /** Records the verivali proposal made (after {@link #checkVerivali()}). */
  public void verivaliProposed(long proposalId) {
    checkVerivali();
    verivaliProposalId = proposalId;
  }

  public Optional<Long> verivaliProposalId() {
    return Optional.ofNullable(verivaliProposalId);
  }

  /** The evidence of a proposal. */
  public record Evidence(
      boolean statementLetter,
      LocalDate statementDate,
      String business,
      String training,
      String notes) {}

  /**
   * Checks a proposal for {@code kpm} on {@code today}, each refusal by field: the KPM active; for
   * ALAMIAH no component left; for MANDIRI and SEJAHTERA_MANDIRI the statement letter with its date
   * (not in the future); for SEJAHTERA_MANDIRI the business.
   */
  public static void check(
      Kpm kpm, GraduationType type, Evidence e, LocalDate today, FieldErrors errors) {
    if (kpm.status() != KpmStatus.AKTIF) {
      errors.add("participantNumber", "pkh.kpm.notActive", kpm.status().name());
      return;
    }
    if (type == null) {
      return;
    }
    if (type == GraduationType.ALAMIAH && !kpm.naturalGraduationDue(today)) {
      errors.add("type", "pkh.graduation.componentsRemain");
    }
    if (type != GraduationType.ALAMIAH) {
      if (!e.statementLetter()) {
        errors.add("statementLetter", "pkh.graduation.statementRequired");
      } else if (e.statementDate() == null) {
        errors.add("statementDate", "pkh.graduation.statementDateRequired");
      } else if (e.statementDate().isAfter(today)) {
        errors.add("statementDate", "pkh.graduation.statementDateFuture");
      }
    }
    if (type == GraduationType.SEJAHTERA_MANDIRI && e.business() == null) {
      errors.add("business", "pkh.graduation.businessRequired");
    }
    for (String[] f :
        new String[][] {
          {"business", e.business()}, {"training", e.training()}, {"notes", e.notes()}
        }) {
      if (f[1] != null && f[1].length() > MAX_TEXT) {
        errors.add(f[0], "pkh.session.tooLong", MAX_TEXT);
      }
    }
  }

  public Graduation(
      Kpm kpm, GraduationType type, Evidence e, LocalDate today, String by, Instant at) {
    FieldErrors errors = new FieldErrors();
    check(kpm, Objects.requireNonNull(type), e, today, errors);
    errors.throwIfAny();
    this.kpmId = kpm.id();
    this.type = type;
    this.statementLetter = e.statementLetter();
    this.statementDate = e.statementDate();
    this.business = e.business();
    this.training = e.training();
    this.notes = e.notes();
    this.proposedBy = Objects.requireNonNull(by);
    this.proposedAt = Objects.requireNonNull(at);
  }

  /**
   * A coordinator's decision: approved graduates {@code kpm} on {@code today}; refused needs a
   * note. Only a proposal still open is decided, and not by the one who proposed it.
   */
  public void decide(
      GraduationStatus to, String note, Kpm kpm, LocalDate today, String by, Instant at) {
    if (status != GraduationStatus.DIUSULKAN) {
      throw new ConflictException("pkh.graduation.decided", status.name());
    }
    if (to != GraduationStatus.DISETUJUI && to != GraduationStatus.DITOLAK) {
      FieldErrors errors = new FieldErrors();
      errors.add("to", "pkh.graduation.to");
      errors.throwIfAny();
    }
    if (by.equals(proposedBy)) {
      throw new AccessDeniedException("pkh.graduation.ownProposal");
    }
    if (to == GraduationStatus.DITOLAK && (note == null || note.isBlank())) {
      FieldErrors errors = new FieldErrors();
      errors.add("note", "pkh.graduation.reasonRequired");
      errors.throwIfAny();
    }
    if (to == GraduationStatus.DISETUJUI) {
      kpm.graduate(type, today);
    }
    this.status = to;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionNote = note;
  }

  public Long id() {
    return id;
  }

  public long kpmId() {
    return kpmId;
  }

  public GraduationType type() {
    return type;
  }

  public GraduationStatus status() {
    return status;
  }

  public boolean statementLetter() {
    return statementLetter;
  }

  public Optional<LocalDate> statementDate() {
    return Optional.ofNullable(statementDate);
  }

  public Optional<String> business() {
    return Optional.ofNullable(business);
  }

  public Optional<String> training() {
    return Optional.ofNullable(training);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }

  public long version() {
    return version;
  }
}
