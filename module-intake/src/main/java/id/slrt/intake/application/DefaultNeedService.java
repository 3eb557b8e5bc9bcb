package id.slrt.intake.application;

import id.slrt.core.audit.AuditScope;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.identity.Nik;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.region.Regions;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.text.Input;
import id.slrt.intake.api.NeedDetails;
import id.slrt.intake.api.NeedDetails.NeedHistoryEntry;
import id.slrt.intake.api.NeedFilter;
import id.slrt.intake.api.NeedService;
import id.slrt.intake.api.NeedTransition;
import id.slrt.intake.api.RecordNeed;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.Program;
import id.slrt.intake.domain.model.need.Channel;
import id.slrt.intake.domain.model.need.Claimant;
import id.slrt.intake.domain.model.need.Need;
import id.slrt.intake.domain.model.need.NeedCategory;
import id.slrt.intake.domain.model.need.NeedKind;
import id.slrt.intake.domain.model.need.NeedRepository;
import id.slrt.intake.domain.model.need.NeedRepository.NeedQuery;
import id.slrt.intake.domain.model.need.NeedStatus;
import id.slrt.intake.domain.model.need.Outcome;
import id.slrt.intake.domain.model.need.Pmks;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Needs and complaints: recorded at the front office, prioritised, followed until handled. */
@Stateless
@DeclareRoles({
  "ADMIN_KABUPATEN",
  "PETUGAS_PUSKESOS",
  "KADER_KLIK",
  "MANAJER_KASUS_P2TP2A",
  "PENDAMPING_PKH"
})
public class DefaultNeedService implements NeedService {
  public static final int MAX_NOTE = 1000;

  @Inject NeedRepository needs;
  @Inject HouseholdRepository households;
  @Inject TenantContext tenants;
  @Inject Regions regions;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy access;
  @Inject AuditScope auditScope;
  @Inject ViolenceOutbox violenceOutbox;

  @Inject Clock clock;

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  @Audited("need.record")
  public NeedDetails record(RecordNeed request) {
    Tenant tenant = tenants.require();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    FieldErrors errors = new FieldErrors();
    if (request == null) {
      errors.add("nik", "need.personRequired");
      errors.add("category", "need.categoryRequired", Arrays.toString(NeedCategory.values()));
      errors.throwIfAny();
    }
    Person person = person(request, errors);
    NeedCategory category = NeedCategory.parse(request.category()).orElse(null);
    if (category == null) {
      errors.add(
          "category",
          Input.clean(request.category()) == null
              ? "need.categoryRequired"
              : "need.categoryInvalid",
          Arrays.toString(NeedCategory.values()));
    }
    Pmks pmks = null;
    if (request.pmks() != null && !request.pmks().isBlank()) {
      pmks = Pmks.parse(request.pmks()).orElse(null);
      if (pmks == null) {
        errors.add("pmks", "code.invalid", request.pmks().trim());
      }
    }
    String description = Input.clean(request.description());
    boolean pregnant = Boolean.TRUE.equals(request.pregnant());
    Claimant who =
        person == null
            ? null
            : new Claimant(
                person.id(),
                person.household().id(),
                person.sex(),
                person.birthDate(),
                person.disability().isPresent());
    Need.check(who, pmks, description, pregnant, today, errors);
    NeedKind kind = errors.code("kind", NeedKind.class, request.kind());
    Need.Subject subject =
        new Need.Subject(
            kind == null ? NeedKind.KEBUTUHAN : kind,
            errors.code("program", Program.class, request.program()),
            errors.code("channel", Channel.class, request.channel()));
    Need.check(subject, errors);
    errors.throwIfAny();

    Need need =
        new Need(
            who,
            category,
            pmks,
            description,
            pregnant,
            subject,
            today,
            now,
            currentUser.username());
    needs.store(need);
    String handOver = null;
    if (need.sealed()) {
      handOver =
          violenceOutbox.note(
              new ViolenceOutbox.Disclosure(
                  "need:" + need.id(),
                  "PUSKESOS",
                  person.id(),
                  person.sex().name(),
                  person.household().address().village().value(),
                  today,
                  description));
    }
    auditScope.touchedSealed(need.sealed());
    NeedDetails shown = details(need, Map.of(person.id(), person));
    return handOver == null ? shown : shown.handedOver(handOver);
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH
  })
  @Audited("need.read")
  public NeedDetails get(long id) {
    Need need = needs.find(id, false).orElseThrow(() -> new NotFoundException("need.notFound"));
    auditScope.touchedSealed(need.sealed());
    return details(need, persons(List.of(need)));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH
  })
  public Page<NeedDetails> search(NeedFilter filter, PageRequest page) {
    NeedFilter f = filter == null ? NeedFilter.any() : filter;
    FieldErrors errors = new FieldErrors();
    NeedStatus status = errors.code("status", NeedStatus.class, f.status());
    NeedCategory category = errors.code("category", NeedCategory.class, f.category());
    Boolean fastTrack = errors.flag("fastTrack", f.fastTrack());
    Long personId = null;
    if (f.nik() != null && !f.nik().isBlank()) {
      Nik nik = errors.parse("nik", () -> Nik.parse(f.nik(), regions));
      if (nik != null) {
        personId = households.findPerson(nik).map(Person::id).orElse(-1L);
      }
    }
    String village = errors.village("villageCode", f.villageCode());
    Long householdId = errors.id("householdId", f.householdId());
    errors.code("kind", NeedKind.class, f.kind());
    errors.throwIfAny();
    NeedQuery query =
        new NeedQuery(
            status,
            category,
            fastTrack,
            personId,
            village,
            householdId,
            access.place().villagePattern(),
            errorsFreeKind(f.kind()));
    boolean sealed = false; // sealed needs are read as violence cases, by their managers
    List<Need> found = needs.search(query, sealed, page);
    Map<Long, Person> people = persons(found);
    return new Page<>(
        found.stream().map(n -> details(n, people)).toList(),
        page.page(),
        page.size(),
        needs.count(query, sealed));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  @Audited("need.move")
  public NeedDetails move(long id, NeedTransition transition) {
    Need need = needs.find(id, false).orElseThrow(() -> new NotFoundException("need.notFound"));
    FieldErrors errors = new FieldErrors();
    NeedStatus to = transition == null ? null : NeedStatus.parse(transition.to()).orElse(null);
    if (to == null) {
      errors.add("to", "code.invalid", transition == null ? "" : String.valueOf(transition.to()));
    }
    String note = transition == null ? null : Input.clean(transition.note());
    if (note != null && note.length() > MAX_NOTE) {
      errors.add("note", "need.noteTooLong", MAX_NOTE);
    }
    if (to == NeedStatus.DIBATALKAN && note == null) {
      errors.add("note", "need.cancelNeedsNote");
    }
    Outcome outcome =
        transition == null ? null : errors.code("outcome", Outcome.class, transition.outcome());
    String answer = transition == null ? null : Input.clean(transition.answer());
    errors.throwIfAny();
    if (!need.status().canMoveTo(to)) {
      throw new ConflictException("need.illegalMove", need.status().name(), to.name());
    }
    need.moveTo(to, outcome, answer, note, clock.instant(), currentUser.username());
    try {
      needs.update(need);
    } catch (OptimisticLockException e) {
      throw new PreconditionFailedException("need.stale");
    }
    auditScope.touchedSealed(need.sealed());
    return details(need, persons(List.of(need)));
  }

  private Person person(RecordNeed request, FieldErrors errors) {
    Optional<Person> person;
    if (request.nik() != null && !request.nik().isBlank()) {
      Nik nik = errors.parse("nik", () -> Nik.parse(request.nik(), regions));
      if (nik == null) {
        return null;
      }
      person = households.findPerson(nik);
    } else if (request.personId() != null) {
      person = households.findPersonById(request.personId());
    } else {
      errors.add("nik", "need.personRequired");
      return null;
    }
    String field = request.nik() != null && !request.nik().isBlank() ? "nik" : "personId";
    if (person.isEmpty()) {
      errors.add(field, "need.personUnknown");
      return null;
    }
    if (!person.get().isActive()) {
      errors.add(field, "need.personLeft");
      return null;
    }
    return person.get();
  }

  private Map<Long, Person> persons(List<Need> list) {
    return households
        .findPersonsById(list.stream().map(Need::personId).distinct().toList())
        .stream()
        .collect(Collectors.toMap(Person::id, Function.identity()));
  }

  /** The kind filter, already checked. */
  private static NeedKind errorsFreeKind(String raw) {
    return Input.code(NeedKind.class, raw).orElse(null);
  }

  private NeedDetails details(Need n, Map<Long, Person> people) {
    if (n.sealed()) {
      // the officer who has just recorded a violence complaint: nothing of its content, and not
      // its id either (a sealed id's number would count the district's disclosures)
      return new NeedDetails(
          0,
          null,
          null,
          null,
          null,
          n.category().name(),
          null,
          null,
          null,
          null,
          null,
          n.status().name(),
          true,
          null,
          null,
          null,
          n.version(),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    Person p = people.get(n.personId());
    return new NeedDetails(
        n.id(),
        n.personId(),
        n.householdId(),
        p == null || p.nik() == null ? null : p.nik().value(),
        p == null ? null : p.name(),
        n.category().name(),
        n.pmks().map(Enum::name).orElse(null),
        n.description().orElse(null),
        n.pregnant(),
        n.fastTrack(),
        n.priorityReasons().stream().map(Enum::name).toList(),
        n.status().name(),
        n.sealed(),
        n.recordedAt(),
        n.recordedBy(),
        n.history().stream()
            .map(
                e ->
                    new NeedHistoryEntry(
                        e.from().map(Enum::name).orElse(null),
                        e.to().name(),
                        e.note().orElse(null),
                        e.at(),
                        e.by()))
            .toList(),
        n.version(),
        n.kind().name(),
        n.program().map(Enum::name).orElse(null),
        n.channel().map(Enum::name).orElse(null),
        n.outcome().map(Enum::name).orElse(null),
        n.answer().orElse(null),
        null);
  }
}
