package id.slrt.referral.application;

import id.slrt.core.audit.AuditQuery;
import id.slrt.core.audit.AuditScope;
import id.slrt.core.audit.AuditTrail;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.ValidationException;
import id.slrt.core.identity.PublicReference;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CaseScope;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.security.UserDirectory;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.tenancy.TenantRunner;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.intake.api.WelfareSnapshot;
import id.slrt.referral.api.AssignCaseManagers;
import id.slrt.referral.api.BreakGlassRequest;
import id.slrt.referral.api.CaseAccessEntry;
import id.slrt.referral.api.ChangeSafeContact;
import id.slrt.referral.api.ChangeSop;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.LetterDocument;
import id.slrt.referral.api.LetterService;
import id.slrt.referral.api.OpenViolenceCase;
import id.slrt.referral.api.OpenViolenceCase.GuardianInput;
import id.slrt.referral.api.OpenViolenceCase.VictimInput;
import id.slrt.referral.api.RecordCaseStep;
import id.slrt.referral.api.RecordConsent;
import id.slrt.referral.api.ReferFromCase;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
import id.slrt.referral.api.SocialProtectionView;
import id.slrt.referral.api.SopStepDetails;
import id.slrt.referral.api.ViolenceCaseDetails;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.referral.api.ViolenceCaseSummary;
import id.slrt.referral.api.ViolenceCodes;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralRepository;
import id.slrt.referral.domain.model.service.ServiceOffering;
import id.slrt.referral.domain.model.violence.BreakGlass;
import id.slrt.referral.domain.model.violence.CaseChannel;
import id.slrt.referral.domain.model.violence.CaseStatus;
import id.slrt.referral.domain.model.violence.CaseStep;
import id.slrt.referral.domain.model.violence.Consent;
import id.slrt.referral.domain.model.violence.ConsentGiver;
import id.slrt.referral.domain.model.violence.ConsentPurpose;
import id.slrt.referral.domain.model.violence.PerpetratorRelation;
import id.slrt.referral.domain.model.violence.SopStep;
import id.slrt.referral.domain.model.violence.StepPhase;
import id.slrt.referral.domain.model.violence.Victim;
import id.slrt.referral.domain.model.violence.ViolenceCase;
import id.slrt.referral.domain.model.violence.ViolenceType;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * P2TP2A's violence cases. Every operation on one case finds it through the caller's {@link
 * CaseScope} in one query, so that a case the caller may not read and a reference that does not
 * exist take the same path and give the same answer. Reads and changes go to the audit trail as
 * sealed events whose target is the case's reference: that is the case's access log.
 */
@Stateless
public class DefaultViolenceCaseService implements ViolenceCaseService {
  /** How long a consent recorded with the case runs: a year, then it is asked again. */
  static final int OPENING_CONSENT_DAYS = 365;

  @Inject @TenantDb EntityManager em;
  @Inject PersonDirectory people;
  @Inject OrganisationService organisation;
  @Inject UserDirectory users;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenants;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject AuditTrail trail;
  @Inject AuditScope auditScope;
  @Inject AuditQuery auditQuery;
  @Inject ReferralService referrals;
  @Inject LetterService letters;
  @Inject ReferralRepository referralRows;
  @Inject HouseholdService households;

  @Override
  @RolesAllowed(Role.Names.MANAJER_KASUS_P2TP2A)
  public ViolenceCaseDetails open(OpenViolenceCase request) {
    OpenViolenceCase r =
        request == null
            ? new OpenViolenceCase(
                null, null, null, null, null, null, null, null, null, null, null, null)
            : request;
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    LocalDate reportedOn = errors.date("reportedOn", r.reportedOn());
    if (Input.clean(r.reportedOn()) == null) {
      reportedOn = today;
    }
    String village = errors.village("villageCode", r.villageCode());
    VictimInput v =
        r.victim() == null
            ? new VictimInput(null, null, null, null, null, null, null, null)
            : r.victim();
    LocalDate birthDate = errors.date("victim.birthDate", v.birthDate());
    boolean declaredChild = Boolean.TRUE.equals(v.child());
    String sex = sex(v.sex(), errors);
    Victim victim;
    ViolenceCase.Unregistered unregistered = null;
    PersonCard card = null;
    if (Boolean.TRUE.equals(v.anonymous())) {
      boolean identity =
          Input.clean(v.nik()) != null || v.personId() != null || Input.clean(v.name()) != null;
      victim = Victim.anonymous(Input.clean(v.alias()), birthDate, declaredChild, identity, errors);
    } else if (Input.clean(v.nik()) != null) {
      String nik = Input.clean(v.nik());
      try {
        card = people.byNik(nik).orElse(null);
      } catch (ValidationException e) {
        errors.add("victim.nik", "violence.victim.nikInvalid");
      }
      if (card != null) {
        victim = Victim.person(card.personId(), card.birthDate(), declaredChild);
      } else {
        String name = Input.clean(v.name());
        if (name == null) {
          errors.add("victim.name", "violence.victim.nameRequired");
        }
        unregistered = new ViolenceCase.Unregistered(nik, name);
        victim = Victim.unregistered(birthDate, declaredChild);
      }
    } else if (v.personId() != null) {
      card = people.byId(v.personId()).orElse(null);
      if (card == null) {
        errors.add("victim.personId", "violence.victim.personUnknown");
        victim = Victim.unregistered(birthDate, declaredChild);
      } else {
        victim = Victim.person(card.personId(), card.birthDate(), declaredChild);
      }
    } else {
      errors.add("victim.nik", "violence.victim.required");
      victim = Victim.unregistered(birthDate, declaredChild);
    }
    if (card != null && sex == null) {
      sex = card.sex();
    }
    Set<ViolenceType> types = types(r.violenceTypes(), errors);
    if (types.isEmpty()
        && errors.list().stream().noneMatch(e -> e.field().startsWith("violenceTypes"))) {
      errors.add("violenceTypes", "violence.typeRequired");
    }
    PerpetratorRelation relation =
        errors.code("perpetratorRelation", PerpetratorRelation.class, r.perpetratorRelation());
    GuardianInput g = r.guardian() == null ? new GuardianInput(null, null) : r.guardian();
    ViolenceCase.Guardian guardian =
        new ViolenceCase.Guardian(Input.clean(g.name()), Input.clean(g.relation()));
    Set<String> managers = new LinkedHashSet<>();
    managers.add(currentUser.username());
    managers.addAll(managers("managers", r.managers(), errors));
    ViolenceCase c =
        ViolenceCase.open(
            new ViolenceCase.Origin(
                PublicReference.random(), null, CaseChannel.P2TP2A, reportedOn, village),
            victim,
            unregistered,
            sex,
            guardian,
            types,
            new ViolenceCase.Perpetrator(
                relation,
                Boolean.TRUE.equals(r.perpetratorInSameKk()),
                Input.clean(r.safeContact())),
            Input.clean(r.narrative()),
            Input.clean(r.simfoniNumber()),
            today,
            clock.instant(),
            currentUser.username(),
            errors);
    Consent consent = null;
    if (Boolean.TRUE.equals(r.consentSocialProtection()) && c != null) {
      boolean child = c.childOn(today);
      if (child && guardian.name() == null) {
        errors.add("guardian.name", "violence.consent.guardianNameRequired");
      } else {
        FieldErrors consentErrors = new FieldErrors();
        consent =
            Consent.record(
                ConsentPurpose.PERLINDUNGAN_SOSIAL,
                Consent.SLRT,
                today,
                today.plusDays(OPENING_CONSENT_DAYS),
                child ? ConsentGiver.WALI : ConsentGiver.KORBAN,
                child ? guardian.name() : null,
                null,
                child,
                today,
                consentErrors);
        consentErrors
            .list()
            .forEach(e -> errors.add("consentSocialProtection", e.messageKey(), e.arguments()));
      }
    }
    errors.throwIfAny();
    c.assign(managers);
    if (consent != null) {
      c.addConsent(consent, clock.instant(), currentUser.username());
    }
    em.persist(c);
    em.flush();
    log("violence-case.open", c);
    return details(c, Optional.ofNullable(card));
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails get(String id) {
    ViolenceCase c = readable(id);
    log("violence-case.read", c);
    return details(c);
  }

  @Override
  @RolesAllowed(Role.Names.MANAJER_KASUS_P2TP2A)
  public Page<ViolenceCaseSummary> list(String status, PageRequest page) {
    FieldErrors errors = new FieldErrors();
    CaseStatus s = errors.code("status", CaseStatus.class, status);
    errors.throwIfAny();
    CaseScope scope = scope();
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    if (!scope.all()) {
      where.append(" AND :user MEMBER OF c.managers");
    }
    if (s != null) {
      where.append(" AND c.status = :status");
    }
    TypedQuery<ViolenceCase> rows =
        em.createQuery(
            "SELECT c FROM ViolenceCase c" + where + " ORDER BY c.reportedOn DESC, c.id DESC",
            ViolenceCase.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM ViolenceCase c" + where, Long.class);
    if (!scope.all()) {
      rows.setParameter("user", scope.assignedTo());
      count.setParameter("user", scope.assignedTo());
    }
    if (s != null) {
      rows.setParameter("status", s);
      count.setParameter("status", s);
    }
    List<ViolenceCase> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<Long, PersonCard> cards =
        people.byIds(
            found.stream().map(c -> c.victim().personId()).filter(x -> x != null).toList());
    LocalDate today = districtTime.today();
    return new Page<>(
        found.stream().map(c -> summary(c, cards, today, true)).toList(),
        page.page(),
        page.size(),
        count.getSingleResult());
  }

  @Override
  @RolesAllowed(Role.Names.MANAJER_KASUS_P2TP2A)
  public Page<ViolenceCaseSummary> handOvers(PageRequest page) {
    List<ViolenceCase> found =
        em.createQuery(
                "SELECT c FROM ViolenceCase c WHERE c.managers IS EMPTY"
                    + " ORDER BY c.openedAt, c.id",
                ViolenceCase.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(c) FROM ViolenceCase c WHERE c.managers IS EMPTY", Long.class)
            .getSingleResult();
    LocalDate today = districtTime.today();
    return new Page<>(
        found.stream().map(c -> summary(c, Map.of(), today, false)).toList(),
        page.page(),
        page.size(),
        total);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails take(String id) {
    List<ViolenceCase> found =
        em.createQuery(
                "SELECT c FROM ViolenceCase c WHERE c.reference = :ref AND c.managers IS EMPTY",
                ViolenceCase.class)
            .setParameter("ref", reference(id))
            .getResultList();
    if (found.isEmpty() || !access.mayHandleViolenceCases()) {
      throw notFound();
    }
    ViolenceCase c = found.get(0);
    c.take(currentUser.username());
    return changed("violence-case.take", c);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails assign(String id, AssignCaseManagers request) {
    ViolenceCase c = readable(id);
    FieldErrors errors = new FieldErrors();
    Set<String> managers =
        managers("managers", request == null ? null : request.managers(), errors);
    if (managers.isEmpty() && errors.isEmpty()) {
      errors.add("managers", "violence.managerRequired");
    }
    errors.throwIfAny();
    c.assign(managers);
    return changed("violence-case.assign", c);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails recordStep(String id, RecordCaseStep request) {
    ViolenceCase c = readable(id);
    RecordCaseStep r = request == null ? new RecordCaseStep(null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    SopStep step = sopStep(r.step(), errors);
    LocalDate doneOn = errors.date("doneOn", r.doneOn());
    if (Input.clean(r.doneOn()) == null) {
      errors.add("doneOn", "violence.stepDateRequired");
    }
    String agency = Input.clean(r.agency());
    if (agency != null && !organisation.providerNames().containsKey(agency)) {
      errors.add("agency", "violence.agencyUnknown", agency);
    }
    errors.throwIfAny();
    c.recordStep(
        step,
        doneOn,
        agency,
        Input.clean(r.notes()),
        null,
        districtTime.today(),
        clock.instant(),
        currentUser.username(),
        errors);
    return changed("violence-case.step", c);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails recordConsent(String id, RecordConsent request) {
    ViolenceCase c = readable(id);
    RecordConsent r =
        request == null ? new RecordConsent(null, null, null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    ConsentPurpose purpose = errors.code("purpose", ConsentPurpose.class, r.purpose());
    LocalDate givenOn = errors.date("givenOn", r.givenOn());
    LocalDate expiresOn = errors.date("expiresOn", r.expiresOn());
    ConsentGiver giver = errors.code("givenBy", ConsentGiver.class, r.givenBy());
    String recipient = Input.clean(r.recipient());
    if (recipient != null
        && !Consent.SLRT.equals(recipient)
        && !organisation.providerNames().containsKey(recipient)) {
      errors.add("recipient", "violence.agencyUnknown", recipient);
    }
    LocalDate today = districtTime.today();
    Consent consent =
        Consent.record(
            purpose,
            recipient,
            givenOn,
            expiresOn,
            giver,
            Input.clean(r.giverName()),
            Input.clean(r.reason()),
            c.childOn(today),
            today,
            errors);
    errors.throwIfAny();
    c.addConsent(consent, clock.instant(), currentUser.username());
    return changed("violence-case.consent", c);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails withdrawConsent(String id, long consentId) {
    ViolenceCase c = readable(id);
    c.withdrawConsent(consentId, districtTime.today());
    return changed("violence-case.consent-withdrawn", c);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails refer(String id, ReferFromCase request) {
    ViolenceCase c = readable(id);
    ReferFromCase r = request == null ? new ReferFromCase(null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    String code = Input.clean(r.serviceCode());
    ServiceOffering service =
        code == null ? null : em.find(ServiceOffering.class, code.toUpperCase(Locale.ROOT));
    if (code == null) {
      errors.add("serviceCode", "referral.serviceRequired");
    } else if (service == null || !service.active()) {
      errors.add("serviceCode", "referral.serviceUnknown", code);
      service = null;
    }
    SopStep step = sopStep(r.step(), errors);
    LocalDate today = districtTime.today();
    LocalDate doneOn = Input.clean(r.doneOn()) == null ? today : errors.date("doneOn", r.doneOn());
    if (service != null) {
      c.checkReferral(service.provider(), today, errors);
    }
    String notes = Input.clean(r.notes());
    errors.throwIfAny();
    c.checkStep(step, doneOn, notes, today, errors);
    CreateReferral referral =
        new CreateReferral(
            null,
            c.victim().personId(),
            service.code(),
            null,
            null,
            r.fastTrack(),
            null,
            c.referralContact().orElse(null));
    ReferralDetails made;
    try {
      made = currentUser.actingAs(inDistrictName(), () -> referrals.refer(referral));
    } catch (ValidationException e) {
      // the victim as intake knows her now (left the family, moved away): the case's field
      throw new ValidationException(
          e.errors().stream()
              .map(
                  f ->
                      "personId".equals(f.field())
                          ? FieldError.of("victim", f.messageKey(), f.arguments())
                          : f)
              .toList());
    }
    c.recordStep(
        step,
        doneOn,
        service.provider(),
        notes,
        made.id(),
        today,
        clock.instant(),
        currentUser.username(),
        errors);
    return changed("violence-case.referral", c);
  }

  @Override
  @PermitAll
  public LetterDocument referralLetter(String id, long referralId, String verifyBase) {
    ViolenceCase c = readable(id);
    boolean ofThisCase =
        c.steps().stream().anyMatch(s -> s.referralId().filter(r -> r == referralId).isPresent());
    if (!ofThisCase) {
      throw notFound();
    }
    LetterDocument letter =
        currentUser.actingAs(inDistrictName(), () -> letters.print(referralId, verifyBase));
    log("violence-case.letter", c);
    return letter;
  }

  /**
   * The district's own name, in which a case's referrals are made and their letters printed: the
   * referral, its history and the audit trail name it, as they do every referral of the district
   * office, never P2TP2A or its manager (the referral service would choose it for a district-wide
   * caller anyway; the case does not leave that to the caller's place).
   */
  private AuthenticatedUser inDistrictName() {
    return TenantRunner.districtUser(tenants.require());
  }

  @Override
  @PermitAll
  public SocialProtectionView socialProtection(String id) {
    ViolenceCase c = readable(id);
    LocalDate today = districtTime.today();
    FieldErrors errors = new FieldErrors();
    if (c.victim().personId() == null) {
      errors.add("victim", "violence.referral.victimUnregistered");
    }
    if (!c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, today)) {
      errors.add("consent", "violence.socialProtection.consentRequired");
    }
    errors.throwIfAny();
    PersonCard card =
        people
            .byId(c.victim().personId())
            .orElseThrow(() -> new ConflictException("violence.referral.victimUnregistered"));
    Map<String, WelfareSnapshot> latest = new LinkedHashMap<>();
    for (WelfareSnapshot w : households.welfareHistory(card.householdId())) {
      if (!w.voided()) {
        latest.putIfAbsent(w.register(), w);
      }
    }
    SocialProtectionView view =
        new SocialProtectionView(
            card.householdId(),
            List.copyOf(latest.values()),
            households.programs(card.householdId()));
    log("violence-case.social-protection", c);
    return view;
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails changeSafeContact(String id, ChangeSafeContact request) {
    ViolenceCase c = readable(id);
    c.changeSafeContact(
        request == null ? null : Input.clean(request.safeContact()), new FieldErrors());
    return changed("violence-case.safe-contact", c);
  }

  @Override
  @PermitAll
  public ViolenceCaseDetails breakGlass(String id, BreakGlassRequest request) {
    List<ViolenceCase> found =
        em.createQuery("SELECT c FROM ViolenceCase c WHERE c.reference = :ref", ViolenceCase.class)
            .setParameter("ref", reference(id))
            .getResultList();
    if (!access.mayBreakGlass()) {
      throw notFound();
    }
    // the reason first, for a case or none alike: a refusal must not tell whether it exists
    FieldErrors errors = new FieldErrors();
    String reason = request == null ? null : Input.clean(request.reason());
    BreakGlass.checkReason(reason, errors);
    errors.throwIfAny();
    if (found.isEmpty()) {
      throw notFound();
    }
    ViolenceCase c = found.get(0);
    em.createNativeQuery(
            "INSERT INTO violence_case_break_glass (case_id, username, reason, at)"
                + " VALUES (?, ?, ?, ?)")
        .setParameter(1, c.id())
        .setParameter(2, currentUser.username())
        .setParameter(3, reason)
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
    log("violence-case.break-glass", c);
    return details(c);
  }

  @Override
  @RolesAllowed(Role.Names.MANAJER_KASUS_P2TP2A)
  public long recentEmergencyReads() {
    CaseScope scope = scope();
    String sql =
        "SELECT COUNT(*) FROM violence_case_break_glass g WHERE g.at >= ?"
            + (scope.all()
                ? ""
                : " AND EXISTS (SELECT 1 FROM violence_case_manager m"
                    + " WHERE m.case_id = g.case_id AND m.username = ?)");
    var q =
        em.createNativeQuery(sql)
            .setParameter(1, Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))));
    if (!scope.all()) {
      q.setParameter(2, scope.none() ? "" : scope.assignedTo());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  @Override
  @PermitAll
  public Page<CaseAccessEntry> accessLog(String id, PageRequest page) {
    ViolenceCase c = readable(id);
    return auditQuery
        .about(c.reference(), page)
        .map(e -> new CaseAccessEntry(e.at(), e.user(), e.action()));
  }

  @Override
  @RolesAllowed({Role.Names.MANAJER_KASUS_P2TP2A, Role.Names.ADMIN_KABUPATEN})
  public ViolenceCodes codes() {
    return new ViolenceCodes(
        names(ViolenceType.values()),
        names(PerpetratorRelation.values()),
        names(CaseStatus.values()),
        names(ConsentPurpose.values()),
        names(ConsentGiver.values()),
        names(StepPhase.values()));
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  @Override
  @RolesAllowed({Role.Names.MANAJER_KASUS_P2TP2A, Role.Names.ADMIN_KABUPATEN})
  public List<SopStepDetails> sopSteps() {
    return sop().stream()
        .map(s -> new SopStepDetails(s.code(), s.name(), s.phase().name()))
        .toList();
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("p2tp2a.sop")
  public List<SopStepDetails> changeSop(ChangeSop request) {
    List<SopStepDetails> given =
        request == null || request.steps() == null ? List.of() : request.steps();
    FieldErrors errors = new FieldErrors();
    List<SopStep> steps = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      SopStepDetails g = given.get(i) == null ? new SopStepDetails(null, null, null) : given.get(i);
      StepPhase phase = errors.code("steps[" + i + "].phase", StepPhase.class, g.phase());
      if (Input.clean(g.phase()) == null) {
        errors.add("steps[" + i + "].phase", "violence.sopPhaseRequired");
      }
      String code = Input.clean(g.code());
      steps.add(
          new SopStep(
              code == null ? null : code.toUpperCase(Locale.ROOT), Input.clean(g.name()), phase));
    }
    SopStep.checkList(steps, errors);
    errors.throwIfAny();
    sop(); // a district that never read its SOP has the defaults first, as the rows to change
    em.createNativeQuery("UPDATE violence_sop_step SET active = FALSE").executeUpdate();
    int position = 1;
    for (SopStep s : steps) {
      em.createNativeQuery(
              "INSERT INTO violence_sop_step (code, name, phase, position, active)"
                  + " VALUES (?, ?, ?, ?, TRUE) ON DUPLICATE KEY UPDATE name = VALUES(name),"
                  + " phase = VALUES(phase), position = VALUES(position), active = TRUE")
          .setParameter(1, s.code())
          .setParameter(2, s.name())
          .setParameter(3, s.phase().name())
          .setParameter(4, position++)
          .executeUpdate();
    }
    return sopSteps();
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  public List<String> heads() {
    access.requireDistrictAdmin();
    return headList();
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  public List<String> nameHead(String username) {
    access.requireDistrictAdmin();
    String u = Input.clean(username);
    if (u == null || !isManager(u)) {
      FieldErrors errors = new FieldErrors();
      errors.add("username", "violence.headNotManager", String.valueOf(u));
      errors.throwIfAny();
    }
    em.createNativeQuery(
            "INSERT IGNORE INTO violence_head (username, named_at, named_by) VALUES (?, ?, ?)")
        .setParameter(1, u)
        .setParameter(2, Timestamp.from(clock.instant()))
        .setParameter(3, currentUser.username())
        .executeUpdate();
    trail.record("violence-head.name", u);
    return headList();
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  public List<String> removeHead(String username) {
    access.requireDistrictAdmin();
    em.createNativeQuery("DELETE FROM violence_head WHERE username = ?")
        .setParameter(1, String.valueOf(Input.clean(username)))
        .executeUpdate();
    trail.record("violence-head.remove", Input.clean(username));
    return headList();
  }

  /** The district's step of the SOP named {@code raw}; null with the reason in {@code errors}. */
  private SopStep sopStep(String raw, FieldErrors errors) {
    String code = Input.clean(raw);
    SopStep step =
        code == null
            ? null
            : sop().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    if (step == null) {
      errors.add("step", code == null ? "violence.stepRequired" : "violence.stepUnknown", code);
    }
    return step;
  }

  // --- the one way to a case ---

  private CaseScope scope() {
    return access.violenceCases(isHead(currentUser.username()));
  }

  /**
   * The case, when the caller reads it; otherwise exactly what a missing reference gives. Both take
   * one query of the same shape.
   */
  private ViolenceCase readable(String id) {
    CaseScope scope = scope();
    String ref = reference(id);
    TypedQuery<ViolenceCase> q =
        scope.all()
            ? em.createQuery(
                "SELECT c FROM ViolenceCase c WHERE c.reference = :ref", ViolenceCase.class)
            : em.createQuery(
                    "SELECT c FROM ViolenceCase c WHERE c.reference = :ref"
                        + " AND :user MEMBER OF c.managers",
                    ViolenceCase.class)
                .setParameter("user", scope.none() ? "" : scope.assignedTo());
    List<ViolenceCase> found = q.setParameter("ref", ref).getResultList();
    if (found.isEmpty()) {
      throw notFound();
    }
    return found.get(0);
  }

  /** A reference as stored; anything that cannot be one is looked up as it is, and not found. */
  private static String reference(String id) {
    String ref = PublicReference.normalise(id);
    if (ref != null) {
      return ref;
    }
    return id == null
        ? ""
        : id.length() > PublicReference.LENGTH ? id.substring(0, PublicReference.LENGTH) : id;
  }

  private static NotFoundException notFound() {
    return new NotFoundException("violence.caseNotFound");
  }

  /** The case after a change: written, logged, and shown. */
  private ViolenceCaseDetails changed(String action, ViolenceCase c) {
    em.flush();
    log(action, c);
    return details(c);
  }

  private void log(String action, ViolenceCase c) {
    auditScope.touchedSealed(true);
    trail.record(action, c.reference());
  }

  private boolean isHead(String username) {
    return !em.createNativeQuery("SELECT 1 FROM violence_head WHERE username = ?")
        .setParameter(1, username == null ? "" : username)
        .getResultList()
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<String> headList() {
    return em.createNativeQuery("SELECT username FROM violence_head ORDER BY username")
        .getResultList();
  }

  private boolean isManager(String username) {
    return users
        .findByUsername(username)
        .filter(a -> a.actsAs(Role.MANAJER_KASUS_P2TP2A, tenants.require().slug()))
        .isPresent();
  }

  private Set<String> managers(String field, List<String> given, FieldErrors errors) {
    Set<String> out = new LinkedHashSet<>();
    List<String> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      String u = Input.clean(list.get(i));
      if (u == null || !isManager(u)) {
        errors.add(field + "[" + i + "]", "violence.managerUnknown", String.valueOf(u));
      } else {
        out.add(u);
      }
    }
    return out;
  }

  private static Set<ViolenceType> types(List<String> given, FieldErrors errors) {
    Set<ViolenceType> out = EnumSet.noneOf(ViolenceType.class);
    List<String> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      ViolenceType t = errors.code("violenceTypes[" + i + "]", ViolenceType.class, list.get(i));
      if (t != null) {
        out.add(t);
      } else if (Input.clean(list.get(i)) == null) {
        errors.add("violenceTypes[" + i + "]", "violence.typeRequired");
      }
    }
    return out;
  }

  private static String sex(String raw, FieldErrors errors) {
    String s = Input.clean(raw);
    if (s == null) {
      return null;
    }
    if (!s.equals("F") && !s.equals("M")) {
      errors.add("victim.sex", "code.invalid", s);
      return null;
    }
    return s;
  }

  /** The district's SOP steps, in order; the defaults the first time a district reads them. */
  @SuppressWarnings("unchecked")
  List<SopStep> sop() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT code, name, phase FROM violence_sop_step WHERE active ORDER BY position")
            .getResultList();
    if (rows.isEmpty()) {
      int position = 1;
      for (SopStep s : SopStep.DEFAULTS) {
        em.createNativeQuery(
                "INSERT IGNORE INTO violence_sop_step (code, name, phase, position)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, s.code())
            .setParameter(2, s.name())
            .setParameter(3, s.phase().name())
            .setParameter(4, position++)
            .executeUpdate();
      }
      return SopStep.DEFAULTS;
    }
    return rows.stream()
        .map(
            r ->
                new SopStep(
                    (String) r[0],
                    (String) r[1],
                    id.slrt.referral.domain.model.violence.StepPhase.valueOf((String) r[2])))
        .toList();
  }

  /** Every step's name by its code, those no longer offered included (cases keep them). */
  @SuppressWarnings("unchecked")
  private Map<String, String> stepNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (SopStep s : sop()) {
      names.put(s.code(), s.name());
    }
    List<Object[]> rows =
        em.createNativeQuery("SELECT code, name FROM violence_sop_step").getResultList();
    for (Object[] r : rows) {
      names.put((String) r[0], (String) r[1]);
    }
    return names;
  }

  // --- views ---

  private ViolenceCaseDetails details(ViolenceCase c) {
    Long personId = c.victim().personId();
    return details(c, personId == null ? Optional.empty() : people.byId(personId));
  }

  private ViolenceCaseDetails details(ViolenceCase c, Optional<PersonCard> card) {
    LocalDate today = districtTime.today();
    Victim v = c.victim();
    ViolenceCase.Unregistered u = c.unregistered();
    Map<String, String> stepNames = stepNames();
    List<ViolenceCaseDetails.StepView> steps = new ArrayList<>();
    for (CaseStep s : c.steps()) {
      // read here, not through the referral service: the case's reads are logged in the case only
      Optional<Referral> referral = s.referralId().flatMap(referralRows::find);
      steps.add(
          new ViolenceCaseDetails.StepView(
              s.id(),
              s.stepCode(),
              stepNames.getOrDefault(s.stepCode(), s.stepCode()),
              s.phase().name(),
              s.doneOn(),
              s.agencyCode().orElse(null),
              s.notes().orElse(null),
              s.referralId().orElse(null),
              referral.map(Referral::serviceCode).orElse(null),
              referral.map(x -> x.status().name()).orElse(null),
              s.recordedAt(),
              s.recordedBy()));
    }
    List<ViolenceCaseDetails.ConsentView> consents =
        c.consents().stream()
            .map(
                k ->
                    new ViolenceCaseDetails.ConsentView(
                        k.id(),
                        k.purpose().name(),
                        k.recipient(),
                        k.givenOn(),
                        k.expiresOn(),
                        k.givenBy().name(),
                        k.giverName().orElse(null),
                        k.reason().orElse(null),
                        k.withdrawnOn().orElse(null),
                        k.permits(k.purpose(), k.recipient(), today),
                        k.recordedAt(),
                        k.recordedBy()))
            .toList();
    ViolenceCase.Perpetrator p = c.perpetrator();
    return new ViolenceCaseDetails(
        c.reference(),
        c.status().name(),
        c.channel().name(),
        c.reportedOn(),
        c.villageCode().orElse(null),
        new ViolenceCaseDetails.VictimView(
            v.personId(),
            card.map(PersonCard::nik).orElse(u.nik()),
            card.map(PersonCard::name).orElse(u.name()),
            v.anonymous(),
            v.alias(),
            card.map(PersonCard::birthDate).orElse(v.birthDate()),
            c.childOn(today),
            c.victimSex().orElse(null)),
        new ViolenceCaseDetails.GuardianView(c.guardian().name(), c.guardian().relation()),
        c.types().stream().map(Enum::name).sorted().toList(),
        p.relation() == null ? null : p.relation().name(),
        p.inSameKk(),
        p.safeContact(),
        id.slrt.referral.domain.model.violence.SafeContact.householdUsable(p.inSameKk()),
        c.narrative().orElse(null),
        c.simfoniNumber().orElse(null),
        c.managers().stream().sorted().toList(),
        steps,
        consents,
        c.permits(ConsentPurpose.PERLINDUNGAN_SOSIAL, Consent.SLRT, today),
        c.openedAt(),
        c.openedBy(),
        c.version(),
        emergencyReads(c));
  }

  @SuppressWarnings("unchecked")
  private List<ViolenceCaseDetails.EmergencyRead> emergencyReads(ViolenceCase c) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT at, username, reason FROM violence_case_break_glass WHERE case_id = ?"
                    + " ORDER BY id DESC")
            .setParameter(1, c.id())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ViolenceCaseDetails.EmergencyRead(
                    r[0] instanceof Timestamp t
                        ? t.toInstant()
                        : ((java.time.LocalDateTime) r[0]).toInstant(java.time.ZoneOffset.UTC),
                    (String) r[1],
                    (String) r[2]))
        .toList();
  }

  private static ViolenceCaseSummary summary(
      ViolenceCase c, Map<Long, PersonCard> cards, LocalDate today, boolean withVictim) {
    Victim v = c.victim();
    String victim = null;
    if (withVictim) {
      PersonCard card = v.personId() == null ? null : cards.get(v.personId());
      victim = card != null ? card.name() : v.anonymous() ? v.alias() : c.unregistered().name();
    }
    List<CaseStep> steps = c.steps();
    return new ViolenceCaseSummary(
        c.reference(),
        c.status().name(),
        c.channel().name(),
        c.reportedOn(),
        c.villageCode().orElse(null),
        victim,
        c.childOn(today),
        c.types().stream().map(Enum::name).sorted().toList(),
        c.managers().stream().sorted().toList(),
        steps.isEmpty() ? null : steps.get(steps.size() - 1).stepCode());
  }
}
