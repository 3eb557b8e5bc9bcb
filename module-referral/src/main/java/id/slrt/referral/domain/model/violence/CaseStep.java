package id.slrt.referral.domain.model.violence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A step of the district's SOP done in a case: which, on what day, the agency that served (when
 * another agency did), notes, and the referral it made when it was one.
 */
@Entity
@Table(name = "violence_case_step")
public class CaseStep {
  public static final int MAX_NOTES = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ViolenceCase violenceCase;

  @Column(name = "step_code", nullable = false, length = 40)
  private String stepCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "phase", nullable = false, length = 20)
  private StepPhase phase;

  @Column(name = "done_on", nullable = false)
  private LocalDate doneOn;

  @Column(name = "agency_code", length = 40)
  private String agencyCode;

  @Column(name = "notes", length = MAX_NOTES)
  private String notes;

  @Column(name = "referral_id")
  private Long referralId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected CaseStep() {}

  CaseStep(
      ViolenceCase violenceCase,
      SopStep step,
      LocalDate doneOn,
      String agencyCode,
      String notes,
      Long referralId,
      Instant at,
      String by) {
    this.violenceCase = violenceCase;
    this.stepCode = step.code();
    this.phase = step.phase();
    this.doneOn = doneOn;
    this.agencyCode = agencyCode;
    this.notes = notes;
    this.referralId = referralId;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Long id() {
    return id;
  }

  public String stepCode() {
    return stepCode;
  }

  public StepPhase phase() {
    return phase;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public Optional<String> agencyCode() {
    return Optional.ofNullable(agencyCode);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<Long> referralId() {
    return Optional.ofNullable(referralId);
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
