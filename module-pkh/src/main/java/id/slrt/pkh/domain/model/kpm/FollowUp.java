package id.slrt.pkh.domain.model.kpm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A visit to a graduated family 6 or 12 months after it left PKH: how it is doing, and the referral
 * back made when it fell back.
 */
@Embeddable
public class FollowUp {
  @Column(name = "round_months", nullable = false)
  private int round;

  @Column(name = "done_on", nullable = false)
  private LocalDate doneOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 10)
  private FollowUpOutcome outcome;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "referral_id")
  private Long referralId;

  protected FollowUp() {}

  FollowUp(int round, LocalDate doneOn, FollowUpOutcome outcome, String note, String by) {
    this.round = round;
    this.doneOn = Objects.requireNonNull(doneOn);
    this.outcome = Objects.requireNonNull(outcome);
    this.note = note;
    this.recordedBy = Objects.requireNonNull(by);
  }

  void referredBack(long referralId) {
    this.referralId = referralId;
  }

  public int round() {
    return round;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public FollowUpOutcome outcome() {
    return outcome;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Optional<Long> referralId() {
    return Optional.ofNullable(referralId);
  }
}
