package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.FieldErrors;
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
 * A consent for something of a violence case to leave P2TP2A: for one purpose, to one recipient (an
 * agency's code, or {@link #SLRT} for social protection through SLRT), from a day until its expiry,
 * unless withdrawn earlier. An adult victim consents herself (or her guardian under a court's
 * guardianship); for a child it is the guardian, or the case manager's best-interest decision with
 * its written reason. Nothing leaves without a consent that {@link #permits} it.
 */
@Entity
@Table(name = "violence_case_consent")
public class Consent {
  /** The recipient of a consent to social protection through SLRT. */
  public static final String SLRT = "SLRT";

  /** The longest a consent may run: it is asked again after a year. */
  public static final int MAX_DAYS = 366;

  public static final int MAX_NAME = 150;
  public static final int MAX_REASON = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ViolenceCase violenceCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 30)
  private ConsentPurpose purpose;

  @Column(name = "recipient", nullable = false, length = 40)
  private String recipient;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "given_by", nullable = false, length = 30)
  private ConsentGiver givenBy;

  @Column(name = "giver_name", length = MAX_NAME)
  private String giverName;

  @Column(name = "reason", length = MAX_REASON)
  private String reason;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected Consent() {}

  private Consent(
      ConsentPurpose purpose,
      String recipient,
      LocalDate givenOn,
      LocalDate expiresOn,
      ConsentGiver givenBy,
      String giverName,
      String reason) {
    this.purpose = purpose;
    this.recipient = recipient;
    this.givenOn = givenOn;
    this.expiresOn = expiresOn;
    this.givenBy = givenBy;
    this.giverName = giverName;
    this.reason = reason;
  }

  /**
   * A consent as recorded by the case manager; each broken rule is added to {@code errors} under
   * its field, and then null is answered.
   *
   * @param childVictim the victim is under 18
   * @param today the district's today: a consent is not recorded ahead of its day
   */
  public static Consent record(
      ConsentPurpose purpose,
      String recipient,
      LocalDate givenOn,
      LocalDate expiresOn,
      ConsentGiver givenBy,
      String giverName,
      String reason,
      boolean childVictim,
      LocalDate today,
      FieldErrors errors) {
    int before = errors.list().size();
    if (purpose == null) {
      errors.add("purpose", "violence.consent.purposeRequired");
    }
    if (recipient == null || recipient.isBlank()) {
      errors.add("recipient", "violence.consent.recipientRequired");
    } else if (recipient.trim().length() > 40) {
      errors.add("recipient", "text.tooLong", 40);
    }
    if (givenOn == null) {
      errors.add("givenOn", "violence.consent.givenOnRequired");
    } else if (givenOn.isAfter(today)) {
      errors.add("givenOn", "violence.consent.givenOnFuture");
    }
    if (expiresOn == null) {
      errors.add("expiresOn", "violence.consent.expiryRequired");
    } else if (givenOn != null
        && (!expiresOn.isAfter(givenOn) || expiresOn.isAfter(givenOn.plusDays(MAX_DAYS)))) {
      errors.add("expiresOn", "violence.consent.expiryRange", MAX_DAYS);
    }
    if (givenBy == null) {
      errors.add("givenBy", "violence.consent.giverRequired");
    } else if (givenBy == ConsentGiver.KORBAN && childVictim) {
      errors.add("givenBy", "violence.consent.childByGuardian");
    } else if (givenBy == ConsentGiver.KEPENTINGAN_TERBAIK && !childVictim) {
      errors.add("givenBy", "violence.consent.bestInterestForChildren");
    } else if (givenBy == ConsentGiver.WALI && (giverName == null || giverName.isBlank())) {
      errors.add("giverName", "violence.consent.guardianNameRequired");
    } else if (givenBy == ConsentGiver.KEPENTINGAN_TERBAIK
        && (reason == null || reason.isBlank())) {
      errors.add("reason", "violence.consent.bestInterestReasonRequired");
    }
    if (giverName != null && giverName.length() > MAX_NAME) {
      errors.add("giverName", "text.tooLong", MAX_NAME);
    }
    if (reason != null && reason.length() > MAX_REASON) {
      errors.add("reason", "text.tooLong", MAX_REASON);
    }
    if (errors.list().size() > before) {
      return null;
    }
    return new Consent(
        purpose,
        recipient.trim(),
        givenOn,
        expiresOn,
        givenBy,
        blankToNull(giverName),
        blankToNull(reason));
  }

  /** Files this consent in its case, as recorded at {@code at} by {@code by}. */
  void fileIn(ViolenceCase c, Instant at, String by) {
    this.violenceCase = c;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Long id() {
    return id;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  /** Whether this consent lets the case's data go to {@code to} for {@code what} on {@code day}. */
  public boolean permits(ConsentPurpose what, String to, LocalDate day) {
    return purpose == what
        && recipient.equals(to)
        && !day.isBefore(givenOn)
        && !day.isAfter(expiresOn)
        && (withdrawnOn == null || day.isBefore(withdrawnOn));
  }

  /** Withdrawn from that day on (by the victim or guardian; by the manager for a child). */
  public void withdraw(LocalDate on) {
    if (withdrawnOn == null) {
      withdrawnOn = on;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public ConsentPurpose purpose() {
    return purpose;
  }

  public String recipient() {
    return recipient;
  }

  public LocalDate givenOn() {
    return givenOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public ConsentGiver givenBy() {
    return givenBy;
  }

  public Optional<String> giverName() {
    return Optional.ofNullable(giverName);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<LocalDate> withdrawnOn() {
    return Optional.ofNullable(withdrawnOn);
  }
}
