package id.slrt.intake.application;

import id.slrt.core.audit.AuditScope;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import id.slrt.core.identity.Sex;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.region.Regions;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.text.Input;
import id.slrt.intake.api.ConsultationDetails;
import id.slrt.intake.api.CreateKlikEvent;
import id.slrt.intake.api.KlikEventDetails;
import id.slrt.intake.api.KlikService;
import id.slrt.intake.api.KlikSummary;
import id.slrt.intake.api.KlikSummary.DeskSummary;
import id.slrt.intake.api.RecordConsultation;
import id.slrt.intake.api.RecordVisit;
import id.slrt.intake.api.VisitDetails;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.Phone;
import id.slrt.intake.domain.model.klik.AgeBand;
import id.slrt.intake.domain.model.klik.Consultation;
import id.slrt.intake.domain.model.klik.Desk;
import id.slrt.intake.domain.model.klik.DeskResult;
import id.slrt.intake.domain.model.klik.IdentityService;
import id.slrt.intake.domain.model.klik.KlikEvent;
import id.slrt.intake.domain.model.klik.KlikRepository;
import id.slrt.intake.domain.model.klik.KlikRepository.DeskCount;
import id.slrt.intake.domain.model.klik.OrganizerType;
import id.slrt.intake.domain.model.klik.Visit;
import id.slrt.intake.domain.service.HouseholdRegistration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** KLIK events: desks per event, fast entry of consultations with queue numbers, the summary. */
@Stateless
@DeclareRoles({"ADMIN_KABUPATEN", "PETUGAS_PUSKESOS", "KADER_KLIK", "MANAJER_KASUS_P2TP2A"})
public class DefaultKlikService implements KlikService {
  public static final int MAX_ORGANIZER = 100;
  public static final int MAX_TOPIC = 500;

  @Inject KlikRepository events;
  @Inject HouseholdRepository households;
  @Inject TenantContext tenants;
  @Inject Regions regions;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy access;
  @Inject AuditScope auditScope;
  @Inject ViolenceOutbox violenceOutbox;

  @Inject Clock clock;
  @Inject OrganisationService organisation;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("klik.createEvent")
  public KlikEventDetails createEvent(CreateKlikEvent request) {
    Tenant tenant = tenants.require();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    CreateKlikEvent r =
        request == null ? new CreateKlikEvent(null, null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    RegionCode villageCode =
        new HouseholdRegistration(regions, tenant.regency(), tenant.name())
            .village(r.villageCode(), "villageCode", errors);
    String village = villageCode == null ? null : villageCode.value();
    if (r.heldOn() == null) {
      errors.add("heldOn", "klik.heldOn");
    } else if (r.heldOn().isBefore(today.minusYears(5)) || r.heldOn().isAfter(today.plusYears(1))) {
      errors.add("heldOn", "klik.heldOnRange");
    }
    String organizer = Input.clean(r.organizer());
    if (organizer == null) {
      errors.add("organizer", "klik.organizer");
    } else if (organizer.length() > MAX_ORGANIZER) {
      errors.add("organizer", "klik.organizerTooLong", MAX_ORGANIZER);
    }
    List<Desk> desks = new ArrayList<>(Desk.DEFAULTS);
    if (r.desks() != null && !r.desks().isEmpty()) {
      Set<Desk> chosen = new LinkedHashSet<>();
      for (int i = 0; i < r.desks().size(); i++) {
        String raw = r.desks().get(i);
        Optional<Desk> desk = Desk.parse(raw);
        if (desk.isEmpty()) {
          errors.add("desks[" + i + "]", "klik.desk", raw, Arrays.toString(Desk.values()));
        } else {
          chosen.add(desk.get());
        }
      }
      desks = List.copyOf(chosen);
    }
    OrganizerType organizerType =
        errors.code("organizerType", OrganizerType.class, r.organizerType());
    List<String> agencies = new ArrayList<>();
    if (r.agencies() != null) {
      for (int i = 0; i < r.agencies().size(); i++) {
        String code = Input.clean(r.agencies().get(i));
        if (code == null || organisation.findProviderView(code).isEmpty()) {
          errors.add("agencies[" + i + "]", "provider.notFound", String.valueOf(code));
        } else if (!agencies.contains(code)) {
          agencies.add(code);
        }
      }
    }
    errors.throwIfAny();
    KlikEvent event =
        new KlikEvent(
            village,
            r.heldOn(),
            organizer,
            organizerType,
            agencies,
            desks,
            now,
            currentUser.username());
    events.store(event);
    return details(event);
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  public KlikEventDetails getEvent(long id) {
    return details(event(id));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  public Page<KlikEventDetails> listEvents(PageRequest page) {
    return new Page<>(
        events.list(page).stream().map(this::details).toList(),
        page.page(),
        page.size(),
        events.count());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("klik.recordVisit")
  public VisitDetails recordVisit(long eventId, RecordVisit request) {
    KlikEvent event =
        events.findForQueue(eventId).orElseThrow(() -> new NotFoundException("klik.notFound"));
    RecordVisit r =
        request == null ? new RecordVisit(null, null, null, null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    Who who = who(r.nik(), r.sex(), errors);
    Nik nik = who.nik();
    Sex sex = who.sex();
    String name = Input.cleanName(r.name());
    if (name != null && name.length() > HouseholdRegistration.MAX_NAME) {
      errors.add("name", "name.tooLong", HouseholdRegistration.MAX_NAME);
    }
    AgeBand ageBand = errors.code("ageBand", AgeBand.class, r.ageBand());
    String dusun = HouseholdRegistration.dusun(r.dusun(), "dusun", errors);
    String phone = errors.parse("phone", () -> Phone.parse(r.phone()));
    Instant servedAt = servedAt(event, r.servedAt(), errors);
    errors.throwIfAny();
    Optional<Person> person = nik == null ? Optional.empty() : households.findPerson(nik);
    Visit visit =
        new Visit(
            event,
            new Visit.Visitor(
                name != null ? name : person.map(Person::name).orElse(null),
                sex,
                ageBand,
                dusun,
                phone,
                nik,
                person.map(Person::id).orElse(null)),
            Boolean.TRUE.equals(r.priority()),
            servedAt,
            clock.instant(),
            currentUser.username());
    events.store(visit);
    return details(visit, person.orElse(null));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  public Page<VisitDetails> visits(long eventId, PageRequest page) {
    event(eventId);
    List<Visit> found = events.visits(eventId, page);
    Map<Long, Person> people =
        households
            .findPersonsById(
                found.stream().map(Visit::personId).flatMap(Optional::stream).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    return new Page<>(
        found.stream().map(v -> details(v, v.personId().map(people::get).orElse(null))).toList(),
        page.page(),
        page.size(),
        events.countVisits(eventId));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  public VisitDetails visit(long eventId, long visitId) {
    Visit v =
        events
            .findVisit(eventId, visitId)
            .orElseThrow(() -> new NotFoundException("klik.visitNotFound"));
    return details(v, v.personId().flatMap(households::findPersonById).orElse(null));
  }

  /** A visitor as a desk records them: the NIK when given, and the sex. */
  private record Who(Nik nik, Sex sex) {}

  /**
   * Reads a visitor's NIK (optional) and sex: the sex tapped, or else the NIK's; a sex that
   * disagrees with the NIK is refused, never silently replaced.
   */
  private Who who(String rawNik, String rawSex, FieldErrors errors) {
    Nik nik = null;
    if (rawNik != null && !rawNik.isBlank()) {
      nik = errors.parse("nik", () -> Nik.parse(rawNik, regions));
    }
    Sex sex = null;
    if (rawSex != null && !rawSex.isBlank()) {
      sex = errors.parse("sex", () -> Sex.parse(rawSex));
    } else if (nik != null) {
      sex = nik.sex();
    } else {
      errors.add("sex", "sex.required");
    }
    if (nik != null && sex != null && nik.sex() != sex) {
      errors.add("nik", sex == Sex.M ? "nik.sexMismatch.female" : "nik.sexMismatch.male");
    }
    return new Who(nik, sex);
  }

  /**
   * The time a paper form says someone was served: on the event's day (in the district's time), not
   * in the future; null when none was given (served now).
   */
  private Instant servedAt(KlikEvent event, Instant given, FieldErrors errors) {
    if (given == null) {
      return null;
    }
    java.time.ZoneId zone = tenants.require().zone();
    if (!LocalDate.ofInstant(given, zone).equals(event.heldOn())) {
      errors.add("servedAt", "klik.servedAtDay", event.heldOn());
    } else if (given.isAfter(clock.instant())) {
      errors.add("servedAt", "klik.servedAtFuture");
    }
    return given;
  }

  private VisitDetails details(Visit v, Person person) {
    return new VisitDetails(
        v.id(),
        v.eventId(),
        v.queueNo(),
        v.queueLabel(),
        v.priority(),
        v.name().orElse(null),
        v.sex().name(),
        v.ageBand().map(Enum::name).orElse(null),
        v.dusun().orElse(null),
        v.phone().orElse(null),
        v.nik().map(Nik::value).orElse(null),
        v.personId().orElse(null),
        person == null ? null : person.name(),
        person == null ? null : person.household().id(),
        v.servedAt(),
        v.recordedAt(),
        v.recordedBy());
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  @Audited("klik.recordConsultation")
  public ConsultationDetails recordConsultation(long eventId, RecordConsultation request) {
    KlikEvent event =
        events.findForQueue(eventId).orElseThrow(() -> new NotFoundException("klik.notFound"));
    RecordConsultation r =
        request == null
            ? new RecordConsultation(
                null, null, null, null, null, null, null, null, null, null, null)
            : request;
    FieldErrors errors = new FieldErrors();
    Desk desk = Desk.parse(r.desk()).orElse(null);
    if (desk == null || !event.hasDesk(desk)) {
      errors.add("desk", "klik.deskClosed", String.valueOf(r.desk()), event.desks().toString());
    }
    Visit visit = null;
    if (r.visitId() != null) {
      visit = events.findVisit(eventId, r.visitId()).orElse(null);
      if (visit == null) {
        errors.add("visitId", "klik.visitNotFound");
      }
    }
    // what the visitor told the registration desk, unless this desk says otherwise
    String rawNik =
        r.nik() != null && !r.nik().isBlank()
            ? r.nik()
            : visit == null ? null : visit.nik().map(Nik::value).orElse(null);
    String rawSex =
        r.sex() != null && !r.sex().isBlank() ? r.sex() : visit == null ? null : visit.sex().name();
    Who who = who(rawNik, rawSex, errors);
    Nik nik = who.nik();
    Sex sex = who.sex();
    String topic = Input.clean(r.topic());
    if (topic != null && topic.length() > MAX_TOPIC) {
      errors.add("topic", "klik.topicTooLong", MAX_TOPIC);
    }
    String note = Input.clean(r.followUpNote());
    if (note != null && note.length() > MAX_TOPIC) {
      errors.add("followUpNote", "klik.topicTooLong", MAX_TOPIC);
    }
    Set<IdentityService> documents = EnumSet.noneOf(IdentityService.class);
    if (r.documents() != null) {
      for (String code : r.documents()) {
        IdentityService d = errors.code("documents", IdentityService.class, code);
        if (d != null) {
          documents.add(d);
        }
      }
    }
    Consultation.IdentityDesk identity =
        new Consultation.IdentityDesk(
            documents, errors.code("result", DeskResult.class, r.result()));
    if (desk != null) {
      Consultation.check(desk, identity, errors);
    }
    Instant servedAt = servedAt(event, r.servedAt(), errors);
    errors.throwIfAny();
    Optional<Person> person = nik == null ? Optional.empty() : households.findPerson(nik);
    Consultation consultation =
        new Consultation(
            event,
            desk,
            visit,
            sex,
            nik,
            person.map(Person::id).orElse(null),
            topic,
            Boolean.TRUE.equals(r.priority()),
            Boolean.TRUE.equals(r.followUp()),
            note,
            identity,
            servedAt,
            clock.instant(),
            currentUser.username());
    events.store(consultation);
    auditScope.touchedSealed(consultation.sealed());
    ConsultationDetails shown = details(consultation, person.orElse(null));
    if (!consultation.sealed()) {
      return shown;
    }
    // the violence desk: passed on to P2TP2A, the person only when the cadre named one
    String reference =
        violenceOutbox.note(
            new ViolenceOutbox.Disclosure(
                "klik:" + consultation.id(),
                "KLIK",
                person.map(Person::id).orElse(null),
                sex == null ? null : sex.name(),
                event.villageCode(),
                event.heldOn(),
                note == null ? topic : topic == null ? note : topic + " / " + note));
    return shown.handedOver(reference);
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  public Page<ConsultationDetails> consultations(
      long eventId, String desk, String followUp, PageRequest page) {
    event(eventId);
    FieldErrors errors = new FieldErrors();
    Desk d = errors.code("desk", Desk.class, desk);
    Boolean only = errors.flag("followUp", followUp);
    errors.throwIfAny();
    // the violence desk's consultations are read as violence cases, by their managers
    boolean sealed = false;
    List<Consultation> found = events.consultations(eventId, d, only, sealed, page);
    Map<Long, Person> people =
        households
            .findPersonsById(
                found.stream()
                    .map(Consultation::personId)
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    return new Page<>(
        found.stream().map(c -> details(c, c.personId().map(people::get).orElse(null))).toList(),
        page.page(),
        page.size(),
        events.countConsultations(eventId, d, only, sealed));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  @Audited("klik.followedUp")
  public ConsultationDetails followedUp(long eventId, long consultationId) {
    Consultation c =
        events
            .findConsultation(eventId, consultationId)
            .filter(found -> !found.sealed())
            .orElseThrow(() -> new NotFoundException("klik.consultationNotFound"));
    c.followedUp();
    auditScope.touchedSealed(c.sealed());
    return details(c, c.personId().flatMap(households::findPersonById).orElse(null));
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A
  })
  public KlikSummary summary(long eventId) {
    KlikEvent event = event(eventId);
    boolean exact = access.maySeeSealed();
    List<DeskCount> counts = events.counts(eventId);
    Map<Desk, Map<String, Long>> byDesk =
        counts.stream()
            .collect(
                Collectors.groupingBy(
                    DeskCount::desk,
                    Collectors.toMap(DeskCount::sex, DeskCount::consultations, Long::sum)));
    long all = 0;
    long women = 0;
    long men = 0;
    List<DeskSummary> desks = new java.util.ArrayList<>();
    for (Desk d : event.desks()) {
      Map<String, Long> bySex = byDesk.getOrDefault(d, Map.of());
      long f = bySex.getOrDefault("F", 0L);
      long m = bySex.getOrDefault("M", 0L);
      if (d == Desk.PENDAFTARAN) {
        // registering a visitor is not a consultation: shown, but not in the totals
        desks.add(new DeskSummary(d.name(), f + m, f, m));
      } else if (!d.isSealed() || exact) {
        desks.add(new DeskSummary(d.name(), f + m, f, m));
        all += f + m;
        women += f;
        men += m;
      } else {
        // the confidential desk, to everyone but the case managers: its total only, "<5" when
        // small, and kept out of the other totals, so that no subtraction gives back what is
        // hidden (the totals by sex leave it out altogether)
        Object shown = AccessPolicy.smallCount(f + m);
        desks.add(new DeskSummary(d.name(), shown, null, null));
        all += shown instanceof Long ? f + m : 0;
      }
    }
    Object confidential = null;
    for (Desk d : event.desks()) {
      if (d.isSealed()) {
        Map<String, Long> bySex = byDesk.getOrDefault(d, Map.of());
        long n = bySex.values().stream().mapToLong(Long::longValue).sum();
        confidential = exact ? (Object) n : AccessPolicy.smallCount(n);
      }
    }
    return new KlikSummary(
        eventId,
        all,
        women,
        men,
        desks,
        events.openFollowUps(eventId, exact),
        events.visitors(eventId),
        confidential);
  }

  private KlikEvent event(long id) {
    return events.find(id).orElseThrow(() -> new NotFoundException("klik.notFound"));
  }

  private KlikEventDetails details(KlikEvent e) {
    RegionCode village = RegionCode.parse(e.villageCode());
    return new KlikEventDetails(
        e.id(),
        e.villageCode(),
        regions.name(village).orElse(null),
        regions.name(village.at(RegionLevel.DISTRICT)).orElse(null),
        e.heldOn(),
        e.organizer(),
        e.desks().stream().map(Enum::name).toList(),
        e.createdAt(),
        e.createdBy(),
        e.organizerType().map(Enum::name).orElse(null),
        e.agencies());
  }

  private ConsultationDetails details(Consultation c, Person person) {
    boolean hide = c.sealed();
    return new ConsultationDetails(
        hide ? 0 : c.id(), // a sealed id's number would count the desk's disclosures
        c.eventId(),
        c.desk().name(),
        c.sex().name(),
        hide ? null : c.nik().map(Nik::value).orElse(null),
        hide || person == null ? null : person.name(),
        hide || person == null ? null : person.household().id(),
        hide ? null : c.topic().orElse(null),
        c.priority(),
        c.queueNo().orElse(null),
        c.queueLabel().orElse(null),
        c.followUp(),
        hide ? null : c.followUpNote().orElse(null),
        c.isFollowedUp(),
        c.sealed(),
        c.recordedAt(),
        c.recordedBy(),
        c.visitId().orElse(null),
        c.documents().stream().map(Enum::name).toList(),
        c.result().map(Enum::name).orElse(null),
        c.servedAt(),
        null);
  }
}
