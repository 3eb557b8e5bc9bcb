package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A consent for something of a violence case to leave P2TP2A: for one purpose, to one recipient (an
 * agency's code, or {@link #SLRT} for social protection through SLRT), from a day until its expiry,
 * unless withdrawn earlier. An adult victim consents herself (or her guardian under a court's
 * guardianship); for a child it is the guardian, or the case manager's best-interest decision with
 * its written reason. Nothing leaves without a consent that {@link #permits} it.
 */
public final class Consent {
  /** The recipient of a consent to social protection through SLRT. */
  public static final String SLRT = "SLRT";

  /** The longest a consent may run: it is asked again after a year. */
  public static final int MAX_DAYS = 366;

  private final ConsentPurpose purpose;
  private final String recipient;
  private final LocalDate givenOn;
  private final LocalDate expiresOn;
  private final ConsentGiver givenBy;
  private final String giverName;
  private final String reason;
  private LocalDate withdrawnOn;

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
    if (errors.list().size() > before) {
      return null;
    }
    return new Consent(
        purpose, recipient.trim(), givenOn, expiresOn, givenBy, blankToNull(giverName), reason);
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
