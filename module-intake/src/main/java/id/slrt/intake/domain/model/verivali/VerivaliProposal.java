package id.slrt.intake.domain.model.verivali;

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
import java.util.Optional;

/**
 * A proposal to add a household to DTKS/DTSEN, remove it or correct it, with the reason and the
 * evidence (the village deliberation's date, notes), reviewed in the district and then entered into
 * SIKS-NG by the operator from an export. SIKS-NG itself is outside SLRT.
 */
@Entity
@Table(name = "verivali_proposal")
public class VerivaliProposal {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 10)
  private ProposalType type;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "musdes_date")
  private LocalDate musdesDate;

  @Column(name = "notes", length = 2000)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 15)
  private ProposalStatus status;

  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "proposed_by", nullable = false, length = 100)
  private String proposedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Version private long version;

  protected VerivaliProposal() {}

  public VerivaliProposal(
      long householdId,
      ProposalType type,
      String reason,
      LocalDate musdesDate,
      String notes,
      Instant at,
      String by) {
    this.householdId = householdId;
    this.type = type;
    this.reason = reason;
    this.musdesDate = musdesDate;
    this.notes = notes;
    this.status = ProposalStatus.DIUSULKAN;
    this.proposedAt = at;
    this.proposedBy = by;
  }

  /**
   * @throws IllegalStateException when the status does not allow the move
   */
  public void moveTo(ProposalStatus to, String note, Instant at, String by) {
    if (!status.next().contains(to)) {
      throw new IllegalStateException(status + " -> " + to);
    }
    this.status = to;
    this.reviewNote = note;
    this.reviewedAt = at;
    this.reviewedBy = by;
  }

  public Long id() {
    return id;
  }

  public long householdId() {
    return householdId;
  }

  public ProposalType type() {
    return type;
  }

  public String reason() {
    return reason;
  }

  public Optional<LocalDate> musdesDate() {
    return Optional.ofNullable(musdesDate);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public ProposalStatus status() {
    return status;
  }

  public Optional<String> reviewNote() {
    return Optional.ofNullable(reviewNote);
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }
}
