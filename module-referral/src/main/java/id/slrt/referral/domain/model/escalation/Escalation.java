package id.slrt.referral.domain.model.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A referral raised to one level of the chain, on a day. Written only by the escalation pass
 * (set-based, in SQL); read here for the lists and the referral's page.
 */
@Entity
@Table(name = "referral_escalation")
public class Escalation {
  @Id private Long id;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private long referralId;

  @Column(name = "step", nullable = false, updatable = false)
  private int step;

  @Column(name = "raised_on", nullable = false, updatable = false)
  private LocalDate raisedOn;

  protected Escalation() {}

  public long referralId() {
    return referralId;
  }

  public EscalationLevel level() {
    return EscalationLevel.ofStep(step).orElseThrow();
  }

  public LocalDate raisedOn() {
    return raisedOn;
  }
}
