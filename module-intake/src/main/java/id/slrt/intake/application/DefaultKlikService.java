package id.slrt.intake.application;

import id.slrt.core.audit.AuditScope;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import id.slrt.core.identity.Sex;
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
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.klik.Consultation;
import id.slrt.intake.domain.model.klik.Desk;
import id.slrt.intake.domain.model.klik.KlikEvent;
import id.slrt.intake.domain.model.klik.KlikRepository;
import id.slrt.intake.domain.model.klik.KlikRepository.DeskCount;
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

  @Inject Clock clock;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS, Role.Names.KADER_KLIK})
  @Audited("klik.createEvent")
  public KlikEventDetails createEvent(CreateKlikEvent request) {
    Tenant tenant = tenants.require();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    CreateKlikEvent r = request == null ? new CreateKlikEvent(null, null, null, null) : request;
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
    errors.throwIfAny();
    KlikEvent event =
        new KlikEvent(village, r.heldOn(), organizer, desks, now, currentUser.username());
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
            ? new RecordConsultation(null, null, null, null, null, null, null)
            : request;
    FieldErrors errors = new FieldErrors();
    Desk desk = Desk.parse(r.desk()).orElse(null);
    if (desk == null || !event.hasDesk(desk)) {
      errors.add("desk", "klik.deskClosed", String.valueOf(r.desk()), event.desks().toString());
    }
    Nik nik = null;
    if (r.nik() != null && !r.nik().isBlank()) {
      nik = errors.parse("nik", () -> Nik.parse(r.nik(), regions));
    }
    Sex sex = null;
    if (r.sex() != null && !r.sex().isBlank()) {
      sex = errors.parse("sex", () -> Sex.parse(r.sex()));
    } else if (nik != null) {
      sex = nik.sex();
    } else {
      errors.add("sex", "sex.invalid");
    }
    if (nik != null && sex != null && nik.sex() != sex) {
      errors.add("nik", sex == Sex.M ? "nik.sexMismatch.female" : "nik.sexMismatch.male");
    }
    String topic = Input.clean(r.topic());
    if (topic != null && topic.length() > MAX_TOPIC) {
      errors.add("topic", "klik.topicTooLong", MAX_TOPIC);
    }
    String note = Input.clean(r.followUpNote());
    if (note != null && note.length() > MAX_TOPIC) {
      errors.add("followUpNote", "klik.topicTooLong", MAX_TOPIC);
    }
    errors.throwIfAny();
    Optional<Person> person = nik == null ? Optional.empty() : households.findPerson(nik.value());
    Consultation consultation =
        new Consultation(
            event,
            desk,
            sex,
            nik == null ? null : nik.value(),
            person.map(Person::id).orElse(null),
            topic,
            Boolean.TRUE.equals(r.priority()),
            Boolean.TRUE.equals(r.followUp()),
            note,
            clock.instant(),
            currentUser.username());
    events.store(consultation);
    auditScope.touchedSealed(consultation.sealed());
    return details(consultation, person.orElse(null));
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
    boolean sealed = access.maySeeSealed();
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
            .filter(found -> !found.sealed() || access.maySeeSealed())
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
      if (!d.isSealed() || exact) {
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
    return new KlikSummary(eventId, all, women, men, desks, events.openFollowUps(eventId, exact));
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
        e.createdBy());
  }

  private ConsultationDetails details(Consultation c, Person person) {
    boolean hide = c.sealed() && !access.maySeeSealed();
    return new ConsultationDetails(
        c.id(),
        c.eventId(),
        c.desk().name(),
        c.sex().name(),
        hide ? null : c.nik().orElse(null),
        hide || person == null ? null : person.name(),
        hide || person == null ? null : person.household().id(),
        hide ? null : c.topic().orElse(null),
        c.priority(),
        c.queueNo(),
        c.queueLabel(),
        c.followUp(),
        hide ? null : c.followUpNote().orElse(null),
        c.isFollowedUp(),
        c.sealed(),
        c.recordedAt(),
        c.recordedBy());
  }
}
