package id.slrt.referral.domain.model.referral;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.referral.domain.model.calendar.WorkingCalendar;
import id.slrt.referral.domain.model.service.ServiceOffering;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A person sent to a service of the district's catalogue, followed until the agency has handled it.
 * The state machine is {@link ReferralStatus}'s; this aggregate keeps every move with who, when and
 * the note, asks for a reason when the agency refuses, an outcome when it is done, and the next
 * service when it was referred on. The due date is counted in the district's working days from the
 * service's SLA; whether it is overdue is worked out when read, never stored.
 */
@Entity
@Table(name = "referral")
public class Referral {
  public static final int MAX_TEXT = 1000;

  /** The longest contact a referral keeps ({@link #reachVia}). */
  public static final int MAX_CONTACT = 300;

  /**
   * How many days back a paper referral may be entered: a Puskesos without a connection refers on
   * paper and records it within a month, due from the day it was made.
   */
  public static final int LATE_ENTRY_DAYS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  /** The family's village when referred: who may see the referral follows from it. */
  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(name = "service_code", nullable = false, length = 40)
  private String serviceCode;

  /** The agency that provides the service, copied when referred: the inbox it lands in. */
  @Column(name = "provider_code", nullable = false, length = 40)
  private String providerCode;

  @Column(name = "need_id")
  private Long needId;

  @Column(name = "reason", length = MAX_TEXT)
  private String reason;

  /** Where the person is reached for this referral instead of at the family's address. */
  @Column(name = "contact", length = MAX_CONTACT)
  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private ReferralStatus status;

  @Column(name = "fast_track", nullable = false)
  private boolean fastTrack;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 15)
  private ReferralOutcome outcome;

  /** The referral this one continues (referred on from it). */
  @Column(name = "previous_id")
  private Long previousId;

  /** The referral that continues this one, once referred on. */
  @Column(name = "next_id")
  private Long nextId;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  @Column(name = "referred_by", nullable = false, length = 100)
  private String referredBy;

  /** The day a paper referral was made when it was recorded later; null when recorded that day. */
  @Column(name = "referred_on")
  private LocalDate referredOn;

  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ReferralEvent> history = new ArrayList<>();

  @Version private long version;

  protected Referral() {}

  /** Who is referred: the person, the family card and its village. */
  public record Subject(long personId, long householdId, String villageCode) {}

  /**
   * The service referred to, as the catalogue has it when referring; a fast-tracked referral is due
   * in the service's fast-track SLA.
   */
  public record Target(String serviceCode, String providerCode, int slaDays, boolean fastTrack) {
    public static Target of(ServiceOffering service, boolean fastTrack) {
      return new Target(service.code(), service.provider(), service.slaDays(fastTrack), fastTrack);
    }
  }

  /**
   * A new referral, DIRUJUK, due {@code target.slaDays()} working days after the day it was made:
   * {@code today}, or {@code referredOn} for a paper referral recorded later ({@link
   * #LATE_ENTRY_DAYS}).
   *
   * @param calendar the district's working days from the day it was made
   * @throws ValidationException when the reason is too long or the day is not one a paper referral
   *     may have been made on
   */
  public Referral(
      Subject who,
      Target target,
      Long needId,
      Long previousId,
      String reason,
      WorkingCalendar calendar,
      LocalDate today,
      LocalDate referredOn,
      Instant at,
      String by) {
    FieldErrors errors = new FieldErrors();
    checkText("reason", reason, errors);
    checkReferredOn(referredOn, today, errors);
    errors.throwIfAny();
    LocalDate madeOn = referredOn == null ? today : referredOn;
    this.referredOn = madeOn.equals(today) ? null : madeOn;
    this.personId = who.personId();
    this.householdId = who.householdId();
    this.villageCode = who.villageCode();
    this.serviceCode = target.serviceCode();
    this.providerCode = target.providerCode();
    this.needId = needId;
    this.previousId = previousId;
    this.reason = reason;
    this.fastTrack = target.fastTrack();
    this.status = ReferralStatus.DIRUJUK;
    this.dueDate = calendar.addWorkingDays(madeOn, target.slaDays());
    this.referredAt = at;
    this.referredBy = by;
    history.add(new ReferralEvent(this, null, ReferralStatus.DIRUJUK, reason, at, by));
  }

  /**
   * The rules of a move other than the state machine's, each broken one added to {@code errors}: a
   * refusal or a withdrawal says why; SELESAI takes an outcome, and DIRUJUK_LANJUT the service
   * referred on to; no other move takes either.
   */
  public static void check(
      ReferralStatus to,
      ReferralOutcome outcome,
      String referOnService,
      String note,
      FieldErrors errors) {
    checkText("note", note, errors);
    if ((to == ReferralStatus.DITOLAK || to == ReferralStatus.DITARIK) && note == null) {
      errors.add("note", "referral.reasonRequired");
    }
    if (to == ReferralStatus.SELESAI) {
      if (outcome == null) {
        errors.add("outcome", "referral.outcomeRequired");
      } else if (outcome == ReferralOutcome.DIRUJUK_LANJUT && referOnService == null) {
        errors.add("referOnServiceCode", "referral.referOnRequired");
      } else if (outcome != ReferralOutcome.DIRUJUK_LANJUT && referOnService != null) {
        errors.add("referOnServiceCode", "referral.referOnOnlyWhenReferredOn");
      }
    } else if (outcome != null || referOnService != null) {
      errors.add("outcome", "referral.outcomeOnlyWhenDone");
    }
  }

  /**
   * Moves the referral on, keeping who, when and the note.
   *
   * @throws IllegalStateException when the status does not allow the move
   * @throws ValidationException when a rule of {@link #check} is broken
   */
  public void moveTo(
      ReferralStatus to,
      ReferralOutcome closedAs,
      String referOnService,
      String note,
      Instant at,
      String by) {
    if (!status.canMoveTo(to)) {
      throw new IllegalStateException(status + " -> " + to);
    }
    FieldErrors errors = new FieldErrors();
    check(to, closedAs, referOnService, note, errors);
    errors.throwIfAny();
    history.add(new ReferralEvent(this, status, to, note, at, by));
    this.status = to;
    this.outcome = to == ReferralStatus.SELESAI ? closedAs : null;
  }

  /** Links the referral that continues this one after it was referred on. */
  public void continuedBy(long next) {
    if (outcome != ReferralOutcome.DIRUJUK_LANJUT || nextId != null) {
      throw new IllegalStateException("referral " + id + " was not referred on");
    }
    this.nextId = next;
  }

  /** Open and past its due date on the district's {@code today}. */
  public boolean overdue(LocalDate today) {
    return status.isOpen() && today.isAfter(dueDate);
  }

  /**
   * A paper referral recorded later was made on a day of the last {@link #LATE_ENTRY_DAYS} days,
   * never in the future.
   */
  public static void checkReferredOn(LocalDate referredOn, LocalDate today, FieldErrors errors) {
    if (referredOn == null) {
      return;
    }
    if (referredOn.isAfter(today)) {
      errors.add("referredOn", "referral.referredOnFuture");
    } else if (referredOn.isBefore(today.minusDays(LATE_ENTRY_DAYS))) {
      errors.add("referredOn", "referral.referredOnTooEarly", LATE_ENTRY_DAYS);
    }
  }

  private static void checkText(String field, String text, FieldErrors errors) {
    if (text != null && text.length() > MAX_TEXT) {
      errors.add(field, "referral.textTooLong", MAX_TEXT);
    }
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public long householdId() {
    return householdId;
  }

  public String villageCode() {
    return villageCode;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public String providerCode() {
    return providerCode;
  }

  public Optional<Long> needId() {
    return Optional.ofNullable(needId);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Where the person is reached for this referral when not at the family's address (a relative, a
   * shelter, a work place): the referral then shows this instead of the household's address and
   * number, to everyone, on the letter too. Blank is none.
   *
   * @throws ValidationException when it is longer than {@link #MAX_CONTACT}
   */
  public void reachVia(String contact) {
    FieldErrors errors = new FieldErrors();
    checkContact(contact, errors);
    errors.throwIfAny();
    this.contact = contact == null || contact.isBlank() ? null : contact.strip();
  }

  /** The rule of {@link #reachVia}, to report with a request's other fields. */
  public static void checkContact(String contact, FieldErrors errors) {
    if (contact != null && contact.strip().length() > MAX_CONTACT) {
      errors.add("contact", "referral.contactTooLong", MAX_CONTACT);
    }
  }

  /** The contact the person is reached at instead of the family's address, if any. */
  public Optional<String> contact() {
    return Optional.ofNullable(contact);
  }

  /**
   * Whether this referral, as it ended, may have changed the family's welfare situation, so that a
   * verivali proposal should be offered: the person was served by a service that changes it ({@link
   * ServiceOffering#changesWelfare()}).
   */
  public boolean suggestsVerivali(boolean serviceChangesWelfare) {
    return serviceChangesWelfare
        && status == ReferralStatus.SELESAI
        && outcome == ReferralOutcome.DILAYANI;
  }

  public ReferralStatus status() {
    return status;
  }

  public Optional<ReferralOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Long> previousId() {
    return Optional.ofNullable(previousId);
  }

  public Optional<Long> nextId() {
    return Optional.ofNullable(nextId);
  }

  public boolean fastTrack() {
    return fastTrack;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Instant referredAt() {
    return referredAt;
  }

  public String referredBy() {
    return referredBy;
  }

  /** The day a paper referral was made, when it was recorded on a later day. */
  public Optional<LocalDate> referredOn() {
    return Optional.ofNullable(referredOn);
  }

  public List<ReferralEvent> history() {
    return Collections.unmodifiableList(history);
  }

  public long version() {
    return version;
  }
}
