package id.slrt.referral.application;

import id.slrt.core.audit.AuditTrail;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.tenancy.TenantRunner;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.AddressDetails;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.IssuedIdentity;
import id.slrt.intake.api.NeedDetails;
import id.slrt.intake.api.NeedService;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralDetails.HistoryEntry;
import id.slrt.referral.api.ReferralFilter;
import id.slrt.referral.api.ReferralService;
import id.slrt.referral.api.ReferralTransition;
import id.slrt.referral.domain.model.calendar.HolidayRepository;
import id.slrt.referral.domain.model.escalation.Escalation;
import id.slrt.referral.domain.model.escalation.EscalationLevel;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralOutcome;
import id.slrt.referral.domain.model.referral.ReferralRepository;
import id.slrt.referral.domain.model.referral.ReferralRepository.ReferralQuery;
import id.slrt.referral.domain.model.referral.ReferralStatus;
import id.slrt.referral.domain.model.service.Issues;
import id.slrt.referral.domain.model.service.ServiceOffering;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals: made by the front office for a registered person, answered by the agency that provides
 * the service. Who sees which referral is the access policy's: an agency its own referrals only,
 * and only what its service needs; everyone else the referrals of the families in their place. A
 * referral the caller may not see answers as if it did not exist.
 */
@Stateless
public class DefaultReferralService implements ReferralService {
  /**
   * A list counts up to this many: past it the page says "more than 10,000" ({@code totalExact:
   * false}), as the family search does, since counting a district's whole year of referrals costs
   * more than the page ({@code ./slrt bench referrals}).
   */
  static final long LIST_COUNT_CAP = 10_000;

  @Inject ReferralRepository referrals;
  @Inject HolidayRepository holidays;
  @Inject PersonDirectory people;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject @TenantDb EntityManager em;
  @Inject NeedService needs;
  @Inject NeedOutbox needOutbox;
  @Inject ReferablePeople referable;
  @Inject EligibilityChecks eligibility;
  @Inject HouseholdService households;
  @Inject AuditTrail trail;
  @Inject TenantContext tenants;

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH
  })
  public ReferralDetails refer(CreateReferral request) {
    return access.refersInDistrictName()
        ? currentUser.actingAs(TenantRunner.districtUser(tenants.require()), () -> make(request))
        : make(request);
  }

  /**
   * Makes the referral in the name of the current user (the district's, for a district-wide
   * caller), and writes that name to the audit trail: with the district's name, the trail shows
   * neither the person nor their address, like every other referral from the district.
   */
  private ReferralDetails make(CreateReferral request) {
    FieldErrors errors = new FieldErrors();
    CreateReferral r =
        request == null
            ? new CreateReferral(null, null, null, null, null, null, null, null)
            : request;
    PersonCard person = referable.find(r.nik(), r.personId(), errors);
    String serviceCode = Input.clean(r.serviceCode());
    ServiceOffering service = null;
    if (serviceCode == null) {
      errors.add("serviceCode", "referral.serviceRequired");
    } else {
      service = em.find(ServiceOffering.class, serviceCode.toUpperCase(java.util.Locale.ROOT));
      if (service == null || !service.active()) {
        errors.add("serviceCode", "referral.serviceUnknown", serviceCode);
        service = null;
      }
    }
    String reason = Input.clean(r.reason());
    if (r.needId() != null && person != null) {
      checkNeed(r.needId(), person, errors);
    }
    LocalDate referredOn = errors.date("referredOn", r.referredOn());
    LocalDate today = districtTime.today();
    Referral.checkReferredOn(referredOn, today, errors);
    String contact = Input.clean(r.contact());
    Referral.checkContact(contact, errors);
    errors.throwIfAny();
    Instant now = clock.instant();
    Referral referral =
        new Referral(
            new Referral.Subject(
                person.personId(), person.householdId(), person.address().villageCode()),
            Referral.Target.of(service, Boolean.TRUE.equals(r.fastTrack())),
            r.needId(),
            null,
            reason,
            holidays.calendarFrom(referredOn == null ? today : referredOn),
            today,
            referredOn,
            now,
            currentUser.username());
    referral.reachVia(contact);
    referrals.store(referral);
    referral.needId().ifPresent(needOutbox::note);
    ReferralDetails made =
        details(referral, Map.of(person.personId(), person), today)
            .withWarnings(eligibility.warnings(service, person.personId()));
    trail.record("referral.make", "#" + referral.id());
    return made;
  }

  /** The need answered must be one the caller may see, and the referred person's. */
  private void checkNeed(long needId, PersonCard person, FieldErrors errors) {
    NeedDetails need;
    try {
      need = needs.get(needId);
    } catch (NotFoundException e) {
      errors.add("needId", "referral.needUnknown");
      return;
    }
    if (need.personId() == null || need.personId() != person.personId()) {
      errors.add("needId", "referral.needOfAnotherPerson");
    }
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH,
    Role.Names.MITRA_DINAS
  })
  @Audited("referral.read")
  public ReferralDetails get(long id) {
    Referral referral = visible(id);
    return details(referral, people.byIds(List.of(referral.personId())), districtTime.today());
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH,
    Role.Names.MITRA_DINAS
  })
  @Audited("referral.list")
  public Page<ReferralDetails> search(ReferralFilter filter, PageRequest page) {
    ReferralFilter f = filter == null ? ReferralFilter.any() : filter;
    FieldErrors errors = new FieldErrors();
    ReferralStatus status = errors.code("status", ReferralStatus.class, f.status());
    Boolean overdue = errors.flag("overdue", f.overdue());
    Long needId = errors.id("needId", f.needId());
    EscalationLevel escalation = errors.code("escalation", EscalationLevel.class, f.escalation());
    Long personId = null;
    if (Input.clean(f.nik()) != null) {
      try {
        personId = people.byNik(f.nik()).map(PersonCard::personId).orElse(-1L);
      } catch (id.slrt.core.error.ValidationException e) {
        errors.add("nik", "referral.nikInvalid");
      }
    }
    errors.throwIfAny();
    LocalDate today = districtTime.today();
    ReferralQuery query =
        scoped(
            status == null ? null : EnumSet.of(status),
            Input.clean(f.serviceCode()) == null
                ? null
                : f.serviceCode().trim().toUpperCase(java.util.Locale.ROOT),
            personId,
            access.agency().isPresent() ? null : needId,
            Boolean.TRUE.equals(overdue) ? today : null,
            access.agency().isPresent() ? null : escalation);
    return list(query, page, today);
  }

  @Override
  @RolesAllowed(Role.Names.MITRA_DINAS)
  @Audited("referral.inbox")
  public Page<ReferralDetails> inbox(PageRequest page) {
    return list(
        scoped(ReferralStatus.open(), null, null, null, null, null), page, districtTime.today());
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH
  })
  @Audited("referral.escalations")
  public Page<ReferralDetails> escalations(PageRequest page) {
    return list(escalatedToCaller(), page, districtTime.today());
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH
  })
  public long escalationCount() {
    return referrals.count(escalatedToCaller());
  }

  private ReferralQuery escalatedToCaller() {
    return scoped(
        null,
        null,
        null,
        null,
        null,
        EscalationLevel.addressedTo(access.place(), access.mayAdministerDistrict()));
  }

  private Page<ReferralDetails> list(ReferralQuery query, PageRequest page, LocalDate today) {
    List<Referral> found = referrals.search(query, page);
    // the district's catalogue (a few dozen services) in one statement, not one per item
    Map<String, ServiceOffering> services = found.isEmpty() ? Map.of() : servicesByCode();
    Map<Long, PersonCard> cards =
        people.byIds(found.stream().map(Referral::personId).distinct().toList());
    Map<Long, Escalation> escalations =
        access.agency().isPresent()
            ? Map.of()
            : referrals.escalations(found.stream().map(Referral::id).toList());
    List<ReferralDetails> items =
        found.stream()
            .map(
                x ->
                    details(
                        x,
                        cards.get(x.personId()),
                        escalations.get(x.id()),
                        services.get(x.serviceCode()),
                        today))
            .toList();
    long counted = referrals.countUpTo(query, LIST_COUNT_CAP);
    return counted > LIST_COUNT_CAP
        ? Page.atLeast(items, page.page(), page.size(), LIST_COUNT_CAP)
        : new Page<>(items, page.page(), page.size(), counted);
  }

  /** Every service of the district's catalogue by its code, for reading only. */
  private Map<String, ServiceOffering> servicesByCode() {
    return em.createQuery("SELECT s FROM ServiceOffering s", ServiceOffering.class)
        .setHint("eclipselink.read-only", "true")
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(ServiceOffering::code, s -> s));
  }

  /** A query limited to what the caller may see: an agency's own, else the caller's place. */
  private ReferralQuery scoped(
      Set<ReferralStatus> statuses,
      String serviceCode,
      Long personId,
      Long needId,
      LocalDate overdueOn,
      EscalationLevel escalatedTo) {
    Optional<String> agency = access.agency();
    return new ReferralQuery(
        statuses,
        serviceCode,
        agency.orElse(null),
        personId,
        needId,
        overdueOn,
        escalatedTo,
        agency.isPresent() ? null : access.place().villagePattern());
  }

  /** The referral, if the caller may see it; else 404 as for one that does not exist. */
  private Referral visible(long id) {
    return referrals
        .find(id)
        .filter(
            r ->
                access
                    .agency()
                    .map(a -> a.equals(r.providerCode()))
                    .orElseGet(() -> access.place().contains(r.villageCode())))
        .orElseThrow(() -> new NotFoundException("referral.notFound"));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.MITRA_DINAS
  })
  @Audited("referral.move")
  public ReferralDetails move(long id, Long expectedVersion, ReferralTransition transition) {
    Referral referral = visible(id);
    ReferralTransition t =
        transition == null
            ? new ReferralTransition(null, null, null, null, null, null)
            : transition;
    String issuedNik = Input.clean(t.issuedNik());
    String issuedKk = Input.clean(t.issuedKk());
    FieldErrors errors = new FieldErrors();
    ReferralStatus to = ReferralStatus.parse(t.to()).orElse(null);
    if (to == null) {
      errors.add("to", "referral.statusInvalid", String.valueOf(t.to()));
    }
    ReferralOutcome outcome = errors.code("outcome", ReferralOutcome.class, t.outcome());
    String note = Input.clean(t.note());
    String referOn = Input.clean(t.referOnServiceCode());
    ServiceOffering next = null;
    if (referOn != null) {
      next = em.find(ServiceOffering.class, referOn.toUpperCase(java.util.Locale.ROOT));
      if (next == null || !next.active()) {
        errors.add("referOnServiceCode", "referral.serviceUnknown", referOn);
      }
    }
    if (to != null) {
      Referral.check(to, outcome, referOn, note, errors);
    }
    ServiceOffering service = em.find(ServiceOffering.class, referral.serviceCode());
    Issues issues = service == null ? Issues.NOTHING : service.issues();
    boolean served = to == ReferralStatus.SELESAI && outcome == ReferralOutcome.DILAYANI;
    issues.check(served, issuedNik, issuedKk, errors);
    errors.throwIfAny();
    boolean agency = access.agency().isPresent();
    if (agency && !to.isAgencyMove()) {
      throw new AccessDeniedException("referral.agencyMayNotWithdraw");
    }
    if (expectedVersion != null && expectedVersion != referral.version()) {
      throw new PreconditionFailedException("referral.stale");
    }
    if (!referral.status().canMoveTo(to)) {
      throw new ConflictException("referral.illegalMove", referral.status().name(), to.name());
    }
    Instant now = clock.instant();
    LocalDate today = districtTime.today();
    referral.moveTo(to, outcome, referOn, note, now, currentUser.username());
    try {
      referrals.update(referral);
    } catch (OptimisticLockException e) {
      throw new PreconditionFailedException("referral.stale");
    }
    referral.needId().ifPresent(needOutbox::note);
    if (served && issues.any()) {
      recordIssued(referral.personId(), issuedNik, issuedKk, issues);
    }
    if (outcome == ReferralOutcome.DIRUJUK_LANJUT) {
      Referral onward =
          new Referral(
              new Referral.Subject(
                  referral.personId(), referral.householdId(), referral.villageCode()),
              Referral.Target.of(next, referral.fastTrack()),
              referral.needId().orElse(null),
              referral.id(),
              note,
              holidays.calendarFrom(today),
              today,
              null,
              now,
              currentUser.username());
      onward.reachVia(referral.contact().orElse(null));
      referrals.store(onward);
      referral.continuedBy(onward.id());
      referrals.update(referral);
    }
    return details(referral, people.byIds(List.of(referral.personId())), today);
  }

  /** One referral as the caller may see it, with the level it was raised to (never an agency). */
  private ReferralDetails details(Referral r, Map<Long, PersonCard> cards, LocalDate today) {
    Escalation escalation =
        access.agency().isPresent() ? null : referrals.escalations(List.of(r.id())).get(r.id());
    return details(
        r,
        cards.get(r.personId()),
        escalation,
        em.find(ServiceOffering.class, r.serviceCode()),
        today);
  }

  /**
   * Disdukcapil served the person: intake records the numbers and documents it issued, in this
   * transaction (a refused NIK refuses the move; nothing is half-written). Intake's field names are
   * the move's here.
   */
  private void recordIssued(long personId, String nik, String kk, Issues issues) {
    try {
      households.recordIssued(personId, new IssuedIdentity(nik, kk, issues.documents()));
    } catch (ValidationException e) {
      throw new ValidationException(
          e.errors().stream()
              .map(
                  f ->
                      FieldError.of(
                          switch (f.field()) {
                            case "nik" -> "issuedNik";
                            case "kk" -> "issuedKk";
                            default -> f.field();
                          },
                          f.messageKey(),
                          f.arguments()))
              .toList());
    }
  }

  private ReferralDetails details(
      Referral r, PersonCard p, Escalation escalation, ServiceOffering service, LocalDate today) {
    boolean agency = access.agency().isPresent();
    boolean atHome = r.contact().isEmpty();
    return new ReferralDetails(
        r.id(),
        r.status().name(),
        r.status().isOpen(),
        r.overdue(today),
        r.dueDate(),
        r.serviceCode(),
        service == null ? r.serviceCode() : service.name(),
        r.providerCode(),
        r.personId(),
        r.householdId(),
        p == null ? null : p.nik(),
        p == null ? null : p.name(),
        p == null ? null : p.dukcapilStatus(),
        p == null || !atHome ? null : addressLine(p.address()),
        p == null || !atHome ? null : p.phone(),
        r.contact().orElse(null),
        agency ? null : r.needId().orElse(null),
        r.reason().orElse(null),
        r.outcome().map(Enum::name).orElse(null),
        agency ? null : r.previousId().orElse(null),
        agency ? null : r.nextId().orElse(null),
        r.referredAt(),
        r.referredOn().orElse(null),
        r.referredBy(),
        r.history().stream()
            .map(
                e ->
                    new HistoryEntry(
                        e.from().map(Enum::name).orElse(null),
                        e.to().name(),
                        e.note().orElse(null),
                        e.at(),
                        e.by()))
            .toList(),
        r.version(),
        r.fastTrack(),
        service == null ? List.of() : service.documents(),
        service == null ? List.of() : issuesOf(service.issues()),
        agency || escalation == null
            ? null
            : new ReferralDetails.Escalation(escalation.level().name(), escalation.raisedOn()),
        !agency && r.suggestsVerivali(service != null && service.changesWelfare()),
        null,
        r.status().movesBy(agency).stream().map(Enum::name).toList());
  }

  private static List<String> issuesOf(Issues issues) {
    String words = issues.format();
    return words == null ? List.of() : List.of(words.split("\\|"));
  }

  /** "Jl. Tuparev 12, RT 002/RW 005, Desa X, Kec. Y": what an agency needs to find the family. */
  static String addressLine(AddressDetails a) {
    if (a == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    if (a.street() != null) {
      s.append(a.street()).append(", ");
    }
    if (a.dusun() != null) {
      s.append("Dusun ").append(a.dusun()).append(", ");
    }
    if (a.rt() != null || a.rw() != null) {
      s.append("RT ")
          .append(a.rt() == null ? "-" : a.rt())
          .append("/RW ")
          .append(a.rw() == null ? "-" : a.rw())
          .append(", ");
    }
    s.append(a.villageName() == null ? a.villageCode() : a.villageName());
    if (a.districtName() != null) {
      s.append(", Kec. ").append(a.districtName());
    }
    return s.toString();
  }
}
