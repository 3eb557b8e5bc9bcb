package id.slrt.referral.domain.model.referral;

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
import java.util.Optional;

/** One move in a referral's history: from which status to which, when, by whom and why. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id", nullable = false)
  private Referral referral;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 10)
  private ReferralStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 10)
  private ReferralStatus to;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "by_user", nullable = false, length = 100)
  private String by;

  protected ReferralEvent() {}

  ReferralEvent(
      Referral referral,
      ReferralStatus from,
      ReferralStatus to,
      String note,
      Instant at,
      String by) {
    this.referral = referral;
    this.from = from;
    this.to = to;
    this.note = note;
    this.at = at;
    this.by = by;
  }

  public Optional<ReferralStatus> from() {
    return Optional.ofNullable(from);
  }

  public ReferralStatus to() {
    return to;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }
}
