package id.slrt.intake.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.Sex;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.persistence.Constraints;
import id.slrt.core.region.Regions;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.text.Input;
import id.slrt.intake.api.AddressDetails;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.HouseholdSummary;
import id.slrt.intake.api.IssuedIdentity;
import id.slrt.intake.api.MemberDetails;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.api.MemberLeaving;
import id.slrt.intake.api.MoveDetails;
import id.slrt.intake.api.MovePerson;
import id.slrt.intake.api.NikReading;
import id.slrt.intake.api.PersonDetails;
import id.slrt.intake.api.ProgramDetails;
import id.slrt.intake.api.RecordProgram;
import id.slrt.intake.api.RecordWelfareStatus;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.api.UpdateHousehold;
import id.slrt.intake.api.VoidWelfareStatus;
import id.slrt.intake.api.WelfareSnapshot;
import id.slrt.intake.domain.model.household.Address;
import id.slrt.intake.domain.model.household.FamilyRule;
import id.slrt.intake.domain.model.household.FamilyRulesBroken;
import id.slrt.intake.domain.model.household.FemaleHeadReason;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.IdentityDocument;
import id.slrt.intake.domain.model.household.MemberFacts;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.PersonMove;
import id.slrt.intake.domain.model.household.PersonStatus;
import id.slrt.intake.domain.model.household.Phone;
import id.slrt.intake.domain.model.household.Program;
import id.slrt.intake.domain.model.household.ProgramReceipt;
import id.slrt.intake.domain.model.household.Relationship;
import id.slrt.intake.domain.model.household.SearchText;
import id.slrt.intake.domain.model.household.WelfareRegister;
import id.slrt.intake.domain.model.household.WelfareStatus;
import id.slrt.intake.domain.service.HouseholdRegistration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Household registration and look-up, in the current request's tenant. */
@Stateless
@DeclareRoles({
  "ADMIN_KABUPATEN",
  "PETUGAS_PUSKESOS",
  "KADER_KLIK",
  "MANAJER_KASUS_P2TP2A",
  "PENDAMPING_PKH",
  "KOORDINATOR_PKH",
  "MITRA_DINAS"
})
public class DefaultHouseholdService implements HouseholdService {
  /**
   * A family search counts up to this many: past it the page says "more than 10,000" (total with
   * {@code totalExact: false}), since counting half a district exactly costs more than the search.
   */
  static final long SEARCH_COUNT_CAP = 10_000;

  @Inject HouseholdRepository households;
  @Inject FamilyRegistrar registrar;
  @Inject TenantContext tenants;
  @Inject Regions regions;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy access;

  @Inject Clock clock;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("household.register")
  public HouseholdDetails register(RegisterHousehold request) {
    Household household = registrar.add(request);
    // a family registered just now has no welfare snapshot and no program yet: not looked up
    return details(household, List.of(), List.of());
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
  public HouseholdDetails get(long id) {
    Household household =
        households.find(id).orElseThrow(() -> new NotFoundException("household.notFound"));
    return details(household);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  public NikReading readNik(String nik, String sex, LocalDate birthDate) {
    FieldErrors errors = new FieldErrors();
    Nik parsed = errors.parse("nik", () -> Nik.parse(nik, regions));
    Sex chosen = sex == null || sex.isBlank() ? null : errors.parse("sex", () -> Sex.parse(sex));
    errors.throwIfAny();
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenants.require().zone());
    return new NikReading(
        parsed.value(),
        parsed.sex().name(),
        parsed.probableBirthDate(today),
        parsed.disagreementsWith(chosen, birthDate));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("household.update")
  public HouseholdDetails update(long id, long expectedVersion, UpdateHousehold request) {
    Household household = current(id, expectedVersion);
    FieldErrors errors = new FieldErrors();
    if (request == null) {
      errors.add("address.villageCode", "village.required");
      errors.throwIfAny();
    }
    Address address = registration().address(request.address(), errors);
    FemaleHeadReason reason =
        errors.code("femaleHeadReason", FemaleHeadReason.class, request.femaleHeadReason());
    errors.throwIfAny();
    // fields a client does not send stay as they are, so that older clients lose nothing
    Household.Headship before = household.headship();
    boolean femaleHeaded =
        Boolean.TRUE.equals(request.femaleHeaded())
            || request.femaleHeadPersonId() != null
            || reason != null;
    NomorKk kk =
        request.kk() == null || request.kk().isBlank()
            ? null
            : errors.parse("kk", () -> NomorKk.parse(request.kk(), regions));
    String phone = errors.parse("phone", () -> Phone.parse(request.phone()));
    errors.throwIfAny();
    if (kk != null && !kk.equals(household.kk())) {
      if (households.existsKk(kk)) {
        throw new ConflictException("household.duplicateKk", kk.value());
      }
      household.giveKk(kk);
    }
    if (request.phone() != null) {
      household.phone(phone);
    }
    household.correct(
        address,
        new Household.Headship(
            femaleHeaded,
            reason != null ? reason : before.reason(),
            request.femaleHeadPersonId() != null ? request.femaleHeadPersonId() : before.woman(),
            request.pekkaMember() != null ? request.pekkaMember() : before.pekkaMember()));
    return saved(household);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("household.addMember")
  public HouseholdDetails addMember(long id, long expectedVersion, MemberInput member) {
    Household household = current(id, expectedVersion);
    MemberFacts facts = checked(member, household, null);
    Person added = household.addMember(facts);
    contact(household, added, member);
    if (member.headsFamily() != null) {
      household.headedInFactBy(added, member.headsFamily());
    }
    return saved(household);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("household.correctMember")
  public HouseholdDetails correctMember(
      long id, long personId, long expectedVersion, MemberInput member) {
    Household household = current(id, expectedVersion);
    Person person = memberOf(household, personId);
    MemberFacts facts = checked(member, household, person);
    household.correctMember(person, facts);
    contact(household, person, member);
    if (member.headsFamily() != null) {
      household.headedInFactBy(person, member.headsFamily());
    }
    return saved(household);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("household.memberLeft")
  public HouseholdDetails memberLeft(
      long id, long personId, long expectedVersion, MemberLeaving leaving) {
    Household household = current(id, expectedVersion);
    Person person = memberOf(household, personId);
    FieldErrors errors = new FieldErrors();
    PersonStatus status =
        leaving == null ? null : PersonStatus.parse(leaving.status()).orElse(null);
    if (status == null || status == PersonStatus.AKTIF) {
      errors.add("status", "member.leavingStatus");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenants.require().zone());
    LocalDate on = leaving == null ? null : leaving.date();
    if (on == null) {
      errors.add("date", "member.leavingDate");
    } else if (on.isAfter(today) || on.isBefore(person.birthDate())) {
      errors.add("date", "member.leavingDateRange");
    }
    errors.throwIfAny();
    household.memberLeft(person, status, on);
    return saved(household);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("household.voidWelfare")
  public WelfareSnapshot voidWelfare(long householdId, long statusId, VoidWelfareStatus request) {
    households.find(householdId).orElseThrow(() -> new NotFoundException("household.notFound"));
    WelfareStatus status =
        households
            .findWelfare(householdId, statusId)
            .orElseThrow(() -> new NotFoundException("welfare.notFound"));
    if (status.voided()) {
      throw new ConflictException("welfare.voidAlready");
    }
    status.voidBecause(
        request == null ? null : Input.clean(request.reason()),
        clock.instant(),
        currentUser.username());
    return snapshot(status);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("household.recordProgram")
  public ProgramDetails recordProgram(long householdId, RecordProgram request) {
    Household household =
        households.find(householdId).orElseThrow(() -> new NotFoundException("household.notFound"));
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenants.require().zone());
    RecordProgram r =
        request == null ? new RecordProgram(null, null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    Program program = errors.code("program", Program.class, r.program());
    if (program == null && Input.clean(r.program()) == null) {
      errors.add("program", "program.required");
    }
    Person member = null;
    if (r.personId() != null) {
      member = household.member(r.personId()).orElse(null);
      if (member == null) {
        errors.add("personId", "member.notFound");
      }
    }
    String note = Input.clean(r.note());
    errors.throwIfAny();
    ProgramReceipt receipt =
        new ProgramReceipt(
            household,
            member,
            program,
            r.since(),
            r.until(),
            !Boolean.FALSE.equals(r.active()),
            note,
            today,
            now,
            currentUser.username());
    households.storeProgram(receipt);
    return program(receipt, household);
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
  public List<ProgramDetails> programs(long householdId) {
    Household household =
        households.find(householdId).orElseThrow(() -> new NotFoundException("household.notFound"));
    return programsOf(household);
  }

  private List<ProgramDetails> programsOf(Household household) {
    return households.programs(household.id()).stream().map(r -> program(r, household)).toList();
  }

  private static ProgramDetails program(ProgramReceipt r, Household household) {
    return new ProgramDetails(
        r.id(),
        r.program().name(),
        r.personId().orElse(null),
        r.personId().flatMap(household::member).map(Person::name).orElse(null),
        r.since(),
        r.until().orElse(null),
        r.active(),
        r.note().orElse(null),
        r.recordedAt(),
        r.recordedBy());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("household.recordWelfare")
  public WelfareSnapshot recordWelfare(long householdId, RecordWelfareStatus request) {
    households.find(householdId).orElseThrow(() -> new NotFoundException("household.notFound"));
    Tenant tenant = tenants.require();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    FieldErrors errors = new FieldErrors();
    RecordWelfareStatus r =
        request == null ? new RecordWelfareStatus(null, null, null, null, null) : request;
    WelfareRegister register = WelfareRegister.parse(r.register()).orElse(null);
    String source = r.source() == null || r.source().isBlank() ? null : r.source().strip();
    WelfareStatus.check(register, r.registered(), r.desil(), source, r.asOf(), today, errors);
    errors.throwIfAny();
    WelfareStatus status =
        new WelfareStatus(
            householdId,
            register,
            r.registered(),
            r.desil(),
            source,
            r.asOf(),
            today,
            now,
            currentUser.username());
    households.storeWelfare(status);
    return snapshot(status);
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
  public List<WelfareSnapshot> welfareHistory(long householdId) {
    households.find(householdId).orElseThrow(() -> new NotFoundException("household.notFound"));
    return households.welfareHistory(householdId).stream()
        .map(DefaultHouseholdService::snapshot)
        .toList();
  }

  private List<WelfareSnapshot> latestWelfare(long householdId) {
    Map<WelfareRegister, WelfareSnapshot> latest = new java.util.EnumMap<>(WelfareRegister.class);
    for (WelfareStatus w : households.welfareHistory(householdId)) {
      if (!w.voided()) {
        latest.putIfAbsent(w.register(), snapshot(w));
      }
    }
    return List.copyOf(latest.values());
  }

  private static WelfareSnapshot snapshot(WelfareStatus w) {
    return new WelfareSnapshot(
        w.id(),
        w.register().name(),
        w.registered(),
        w.desil().orElse(null),
        w.source().orElse(null),
        w.asOf(),
        w.recordedAt(),
        w.recordedBy(),
        w.voided(),
        w.voidReason().orElse(null),
        w.voidedAt().orElse(null),
        w.voidedBy().orElse(null));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
  @Audited("household.movePerson")
  public HouseholdDetails movePerson(
      long id, long personId, long expectedVersion, MovePerson move) {
    Household from = current(id, expectedVersion);
    Person person = memberOf(from, personId);
    FieldErrors errors = new FieldErrors();
    MovePerson m = move == null ? new MovePerson(null, null, null) : move;
    Household to = null;
    if (m.toHouseholdId() == null) {
      errors.add("toHouseholdId", "move.target");
    } else {
      to = households.find(m.toHouseholdId()).orElse(null);
      if (to == null) {
        errors.add("toHouseholdId", "household.notFound");
      }
    }
    Relationship relationship = Relationship.parse(m.relationship()).orElse(null);
    if (relationship == null) {
      errors.add(
          "relationship", "relationship.invalid", java.util.Arrays.toString(Relationship.values()));
    }
    String reason = Input.clean(m.reason());
    if (reason == null) {
      errors.add("reason", "move.reason");
    } else if (reason.length() > 500) {
      errors.add("reason", "verivali.tooLong", 500);
    }
    errors.throwIfAny();
    String by = currentUser.username();
    PersonMove done;
    try {
      done = from.moveMember(person, to, relationship, reason, clock.instant(), by);
    } catch (FamilyRulesBroken e) {
      if (e.breaks(FamilyRule.HEAD_LEAVES_OTHERS)) {
        // the family's state forbids it until a new head is named: a conflict, as before
        throw new ConflictException(FamilyRule.HEAD_LEAVES_OTHERS.key());
      }
      throw e;
    }
    households.storeMove(done);
    households.update(to);
    return saved(from);
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
  public List<MoveDetails> moves(long id, long personId) {
    households.find(id).orElseThrow(() -> new NotFoundException("household.notFound"));
    Person person =
        households
            .findPersonById(personId)
            .orElseThrow(() -> new NotFoundException("member.notFound"));
    List<PersonMove> moves = households.moves(person.id());
    boolean ofThisHousehold =
        person.household().id() == id || moves.stream().anyMatch(mv -> mv.fromHouseholdId() == id);
    if (!ofThisHousehold) {
      throw new NotFoundException("member.notFound");
    }
    return moves.stream()
        .map(
            mv ->
                new MoveDetails(
                    mv.fromHouseholdId(),
                    kkOf(mv.fromHouseholdId()),
                    mv.fromRelationship().name(),
                    mv.toHouseholdId(),
                    kkOf(mv.toHouseholdId()),
                    mv.toRelationship().name(),
                    mv.reason(),
                    mv.movedAt(),
                    mv.movedBy()))
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.MITRA_DINAS})
  @Audited("person.identityIssued")
  public void recordIssued(long personId, IssuedIdentity issued) {
    Person person =
        households
            .findPersonById(personId)
            .orElseThrow(() -> new NotFoundException("member.notFound"));
    Household household = person.household();
    FieldErrors errors = new FieldErrors();
    Nik nik =
        issued.nik() == null || issued.nik().isBlank()
            ? null
            : errors.parse("nik", () -> Nik.parse(issued.nik(), regions));
    NomorKk kk =
        issued.kk() == null || issued.kk().isBlank()
            ? null
            : errors.parse("kk", () -> NomorKk.parse(issued.kk(), regions));
    Set<IdentityDocument> documents =
        issued.documents() == null
            ? Set.of()
            : HouseholdRegistration.documents(issued.documents(), "documents", errors);
    errors.throwIfAny();
    if (nik != null
        && households.findPerson(nik).filter(p -> !p.id().equals(person.id())).isPresent()) {
      throw new ConflictException("household.duplicateNik", nik.value());
    }
    if (kk != null && !kk.equals(household.kk()) && households.existsKk(kk)) {
      throw new ConflictException("household.duplicateKk", kk.value());
    }
    household.issuedByDukcapil(person, nik, kk, documents == null ? Set.of() : documents);
    saved(household);
  }

  private static Person memberOf(Household household, long personId) {
    return household.member(personId).orElseThrow(() -> new NotFoundException("member.notFound"));
  }

  /** Records the member's documents and phone as sent (what was not sent stays). */
  private static void contact(Household household, Person person, MemberInput member) {
    FieldErrors errors = new FieldErrors();
    Set<IdentityDocument> documents =
        HouseholdRegistration.documents(member.documents(), "documents", errors);
    String phone = errors.parse("phone", () -> Phone.parse(member.phone()));
    errors.throwIfAny();
    household.memberContact(
        person, documents, member.phone() != null && phone == null ? "" : phone);
  }

  /** The household, provided the caller has seen its latest version. */
  private Household current(long id, long expectedVersion) {
    Household household =
        households.find(id).orElseThrow(() -> new NotFoundException("household.notFound"));
    if (household.version() != expectedVersion) {
      throw new PreconditionFailedException("household.stale", household.version());
    }
    return household;
  }

  /**
   * Checks a member for an existing household: the NIK must not belong to anyone else in the
   * district (a person is moved, not registered twice).
   */
  private MemberFacts checked(MemberInput member, Household household, Person self) {
    FieldErrors errors = new FieldErrors();
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenants.require().zone());
    MemberFacts facts = registration().member(member, "", today, errors);
    errors.throwIfAny();
    if (facts.nik() != null) {
      households
          .findPerson(facts.nik())
          .filter(p -> self == null || !p.id().equals(self.id()))
          .ifPresent(
              p -> {
                throw new ConflictException("household.duplicateNik", facts.nik().value());
              });
    }
    if (self != null && self.nik() != null && facts.nik() == null) {
      // a recorded NIK can be corrected but not dropped
      errors.add("nik", "nik.required");
      errors.throwIfAny();
    }
    return facts;
  }

  /**
   * Writes the change now, so that the version moves and a concurrent edit is refused here with 412
   * rather than at commit.
   */
  private HouseholdDetails saved(Household household) {
    household.changedAt(clock.instant());
    try {
      households.update(household);
    } catch (OptimisticLockException e) {
      throw new PreconditionFailedException("household.stale", household.version());
    } catch (PersistenceException e) {
      if (Constraints.isViolation(e)) {
        throw new ConflictException("household.duplicateNik", "");
      }
      throw e;
    }
    return details(household);
  }

  private HouseholdRegistration registration() {
    Tenant tenant = tenants.require();
    return new HouseholdRegistration(regions, tenant.regency(), tenant.name());
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
  public Page<HouseholdSummary> search(HouseholdQuery query, PageRequest page) {
    FieldErrors errors = new FieldErrors();
    String village = errors.village("villageCode", query.villageCode());
    errors.throwIfAny();
    SearchText text = SearchText.of(query.text());
    String place = access.place().villagePattern();
    List<Household> found = households.search(village, place, text, page);
    long counted = households.count(village, place, text, SEARCH_COUNT_CAP);
    List<Long> ids = found.stream().map(Household::id).toList();
    Map<Long, List<Person>> members = households.membersOf(ids);
    List<HouseholdSummary> items =
        found.stream()
            .map(
                h -> {
                  List<Person> ms = members.getOrDefault(h.id(), List.of());
                  String head =
                      ms.stream()
                          .filter(p -> p.relationship() == Relationship.KEPALA_KELUARGA)
                          .map(Person::name)
                          .findFirst()
                          .orElse(ms.isEmpty() ? null : ms.get(0).name());
                  // the member found, unless the head was (then the line says it already)
                  List<Person> hits =
                      text == null ? List.of() : ms.stream().filter(text::matches).toList();
                  String match =
                      hits.isEmpty()
                              || hits.stream()
                                  .anyMatch(p -> p.relationship() == Relationship.KEPALA_KELUARGA)
                          ? null
                          : hits.get(0).name();
                  return new HouseholdSummary(
                      h.id(),
                      h.kk().value(),
                      head,
                      address(h.address()),
                      h.femaleHeaded(),
                      ms.size(),
                      match);
                })
            .toList();
    return counted > SEARCH_COUNT_CAP
        ? Page.atLeast(items, page.page(), page.size(), SEARCH_COUNT_CAP)
        : new Page<>(items, page.page(), page.size(), counted);
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
  @Audited("person.lookup")
  public PersonDetails findPerson(String nik) {
    FieldErrors errors = new FieldErrors();
    Nik parsed = errors.parse("nik", () -> Nik.parse(nik, regions));
    errors.throwIfAny();
    Person person =
        households.findPerson(parsed).orElseThrow(() -> new NotFoundException("person.notFound"));
    return person(person);
  }

  private HouseholdDetails details(Household h) {
    return details(h, latestWelfare(h.id()), programsOf(h));
  }

  private HouseholdDetails details(
      Household h, List<WelfareSnapshot> welfare, List<ProgramDetails> programs) {
    LocalDate today = today();
    return new HouseholdDetails(
        h.id(),
        h.kk().value(),
        address(h.address()),
        h.femaleHeaded(),
        h.membersInCardOrder().stream().map(p -> member(p, today)).toList(),
        h.registeredAt(),
        h.registeredBy(),
        welfare,
        h.version(),
        h.femaleHead().map(Person::id).orElse(null),
        h.femaleHeadReason().map(Enum::name).orElse(null),
        h.pekkaMember(),
        h.kkStatus().name(),
        h.phone().orElse(null),
        programs);
  }

  private static PersonDetails person(Person person) {
    return new PersonDetails(
        person.id(),
        text(person.nik()),
        person.name(),
        person.sex().name(),
        person.birthDate(),
        person.relationship().name(),
        person.household().id(),
        person.household().kk().value(),
        person.dukcapilStatus().name(),
        person.status().name());
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
  public List<PersonDetails> likelyDuplicates(String name, LocalDate birthDate, String nik) {
    if (name == null || name.isBlank() || birthDate == null) {
      return List.of();
    }
    String own = nik == null ? "" : nik.trim();
    return households.likelyDuplicates(name, birthDate, 20).stream()
        .filter(p -> p.nik() == null || !p.nik().value().equals(own))
        .map(DefaultHouseholdService::person)
        .toList();
  }

  /** The digits of a NIK, or null for a person without one. */
  private static String text(Nik nik) {
    return nik == null ? null : nik.value();
  }

  private String kkOf(long householdId) {
    return households.find(householdId).map(h -> h.kk().value()).orElse(null);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), tenants.require().zone());
  }

  private static MemberDetails member(Person p, LocalDate today) {
    return new MemberDetails(
        p.id(),
        text(p.nik()),
        p.name(),
        p.sex().name(),
        p.birthDate(),
        p.relationship().name(),
        p.education().map(Enum::name).orElse(null),
        p.occupation().orElse(null),
        p.disability().map(Enum::name).orElse(null),
        p.maritalStatus().map(Enum::name).orElse(null),
        p.dukcapilStatus().name(),
        p.status().name(),
        p.statusDate().orElse(null),
        headsFamily(p),
        p.documents().stream().sorted().map(Enum::name).toList(),
        p.missingDocuments(today).stream().sorted().map(Enum::name).toList(),
        p.phone().orElse(null));
  }

  /** Whether she is the woman heading her female-headed family (named, or the head on the card). */
  private static boolean headsFamily(Person p) {
    return p.household().femaleHead().map(w -> w == p).orElse(false);
  }

  private AddressDetails address(Address a) {
    return Addresses.details(a, regions);
  }
}
