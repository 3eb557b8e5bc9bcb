package id.slrt.pkh.domain.model.complementarity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A referral made for a KPM's complementarity gap, so the gap shows it was referred. */
@Entity
@Table(name = "pkh_gap_referral")
public class GapReferral {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kpm_id", nullable = false)
  private long kpmId;

  @Column(name = "program", nullable = false, length = 20)
  private String program;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "referral_id", nullable = false)
  private long referralId;

  @Column(name = "referred_by", nullable = false, length = 100)
  private String referredBy;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  protected GapReferral() {}

  public GapReferral(
      long kpmId, String program, long personId, long referralId, String by, Instant at) {
    this.kpmId = kpmId;
    this.program = Objects.requireNonNull(program);
    this.personId = personId;
    this.referralId = referralId;
    this.referredBy = Objects.requireNonNull(by);
    this.referredAt = Objects.requireNonNull(at);
  }

  /** Whether it was made for this gap. */
  public boolean answers(Complementarity.Gap gap) {
    return program.equals(gap.program()) && personId == gap.personId();
  }

  public Long id() {
    return id;
  }

  public long referralId() {
    return referralId;
  }
}
