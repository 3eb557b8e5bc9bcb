package id.slrt.pkh.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.persistence.Constraints;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.intake.api.ProposeVerivali;
import id.slrt.intake.api.VerivaliProposals;
import id.slrt.intake.api.WelfareCandidates;
import id.slrt.pkh.api.GraduationDetails;
import id.slrt.pkh.api.GraduationService;
import id.slrt.pkh.api.GraduationTransition;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.ProposeGraduation;
import id.slrt.pkh.api.ReplacementCandidate;
import id.slrt.pkh.api.TargetProgress;
import id.slrt.pkh.domain.model.graduation.Graduation;
import id.slrt.pkh.domain.model.graduation.GraduationStatus;
import id.slrt.pkh.domain.model.graduation.GraduationTarget;
import id.slrt.pkh.domain.model.kpm.GraduationType;
import id.slrt.pkh.domain.model.kpm.Kpm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Graduation proposals and decisions. A proposal is seen by whoever sees its KPM (the access
 * policy's PKH scope); one the caller does not see answers as if it did not exist. The rules are
 * the {@link Graduation}'s.
 */
@Stateless
public class DefaultGraduationService implements GraduationService {
  /** A kecamatan's code, {@code 32.15.01}: the first part of its villages' codes. */
  private static final String KECAMATAN_CODE = "00.00.00";

  /** DTSEN desil 1 to this are the families PKH is for. */
  private static final int REPLACEMENT_DESIL = 4;

  private static final int REPLACEMENTS = 20;

  @Inject WelfareCandidates welfare;
  @Inject VerivaliProposals verivali;
  private static final String NOT_FOUND = "pkh.graduation.notFound";

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject Clock clock;
  @Inject PersonDirectory people;
  @Inject KpmService kpmService;
  @Inject Facilitators facilitators;

  @Override
  @RolesAllowed({Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.graduation.propose")
  public GraduationDetails propose(ProposeGraduation request) {
    ProposeGraduation r =
        request == null ? new ProposeGraduation(null, null, null, null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    String number = Input.clean(r.participantNumber());
    Kpm kpm = null;
    if (number == null) {
      errors.add("participantNumber", "pkh.participantNumber.required");
    } else {
      kpm = visibleKpm(number).orElse(null);
      if (kpm == null) {
        errors.add("participantNumber", "pkh.kpm.notFound");
      }
    }
    GraduationType type = errors.code("type", GraduationType.class, r.type());
    if (type == null && Input.clean(r.type()) == null) {
      errors.add("type", "pkh.graduation.typeRequired");
    }
    LocalDate statementDate =
        Input.clean(r.statementDate()) == null
            ? null
            : errors.date("statementDate", r.statementDate());
    Graduation.Evidence evidence =
        new Graduation.Evidence(
            Boolean.TRUE.equals(r.statementLetter()),
            statementDate,
            Input.clean(r.business()),
            Input.clean(r.training()),
            Input.clean(r.notes()));
    LocalDate today = districtTime.today();
    if (kpm != null) {
      Graduation.check(kpm, type, evidence, today, errors);
    }
    errors.throwIfAny();
    if (!open(kpm.id()).isEmpty()) {
      throw new id.slrt.core.error.ConflictException("pkh.graduation.open");
    }
    Graduation g =
        new Graduation(kpm, type, evidence, today, currentUser.username(), clock.instant());
    em.persist(g);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // another proposal for the KPM at the same moment: the unique key refused the second
      if (Constraints.uniqueKey(e).filter("pkh_graduation_open"::equals).isPresent()) {
        throw new id.slrt.core.error.ConflictException("pkh.graduation.open");
      }
      throw e;
    }
    return details(List.of(g)).get(0);
  }

  private List<Graduation> open(long kpmId) {
    return em.createQuery(
            "SELECT g FROM Graduation g WHERE g.kpmId = :k AND g.status = :open", Graduation.class)
        .setParameter("k", kpmId)
        .setParameter("open", GraduationStatus.DIUSULKAN)
        .getResultList();
  }

  /** The KPM with that number, if the caller's scope sees it. */
  private Optional<Kpm> visibleKpm(String number) {
    return PkhScopes.visibleKpm(em, access.pkhScope(), number);
  }

  private <T> TypedQuery<T> scoped(String select, String extra, String tail, Class<T> type) {
    PkhScope scope = access.pkhScope();
    return PkhScopes.bind(
        em.createQuery(
            select
                + " FROM Graduation r, Kpm k, PkhGroup g WHERE k.id = r.kpmId"
                + " AND g.code = k.groupCode"
                + extra
                + PkhScopes.condition(scope)
                + tail,
            type),
        scope);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public GraduationDetails get(long id) {
    return details(List.of(visible(id))).get(0);
  }

  private Graduation visible(long id) {
    return scoped("SELECT r", " AND r.id = :id", "", Graduation.class)
        .setParameter("id", id)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public Page<GraduationDetails> search(String status, PageRequest page) {
    FieldErrors errors = new FieldErrors();
    GraduationStatus s = errors.code("status", GraduationStatus.class, status);
    errors.throwIfAny();
    String extra = s == null ? "" : " AND r.status = :s";
    TypedQuery<Graduation> rows =
        scoped("SELECT r", extra, " ORDER BY r.proposedAt DESC, r.id DESC", Graduation.class);
    TypedQuery<Long> count = scoped("SELECT COUNT(r)", extra, "", Long.class);
    if (s != null) {
      rows.setParameter("s", s);
      count.setParameter("s", s);
    }
    List<Graduation> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(details(found), page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @RolesAllowed(Role.Names.KOORDINATOR_PKH)
  @Audited("pkh.graduation.decide")
  public GraduationDetails decide(long id, GraduationTransition transition) {
    GraduationTransition t = transition == null ? new GraduationTransition(null, null) : transition;
    FieldErrors errors = new FieldErrors();
    GraduationStatus to = errors.code("to", GraduationStatus.class, t.to());
    if (to == null && Input.clean(t.to()) == null) {
      errors.add("to", "pkh.graduation.to");
    }
    errors.throwIfAny();
    Graduation g = visible(id);
    Kpm kpm = em.find(Kpm.class, g.kpmId());
    g.decide(
        to,
        Input.clean(t.note()),
        kpm,
        districtTime.today(),
        currentUser.username(),
        clock.instant());
    em.flush();
    return details(List.of(g)).get(0);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<KpmDetails> naturalCandidates() {
    List<KpmDetails> out = new ArrayList<>();
    for (int page = 0; ; page++) {
      var found =
          kpmService.search(
              new KpmFilter(null, "AKTIF"), new PageRequest(page, PageRequest.MAX_SIZE));
      found.items().stream().filter(KpmDetails::naturalGraduationDue).forEach(out::add);
      if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
        return out;
      }
    }
  }

  private List<GraduationDetails> details(List<Graduation> found) {
    Map<Long, Kpm> kpm = new HashMap<>();
    for (Graduation g : found) {
      kpm.computeIfAbsent(g.kpmId(), id -> em.find(Kpm.class, id));
    }
    Map<Long, PersonCard> cards =
        kpm.isEmpty()
            ? Map.of()
            : people.byIds(kpm.values().stream().map(Kpm::recipientPersonId).toList());
    return found.stream()
        .map(
            g -> {
              Kpm k = kpm.get(g.kpmId());
              PersonCard p = cards.get(k.recipientPersonId());
              return new GraduationDetails(
                  g.id(),
                  k.participantNumber().value(),
                  p == null ? null : p.name(),
                  k.groupCode(),
                  g.type().name(),
                  g.status().name(),
                  g.statementLetter(),
                  g.statementDate().orElse(null),
                  g.business().orElse(null),
                  g.training().orElse(null),
                  g.notes().orElse(null),
                  g.proposedBy(),
                  g.proposedAt(),
                  g.decidedBy().orElse(null),
                  g.decidedAt().orElse(null),
                  g.decisionNote().orElse(null),
                  g.verivaliProposalId().orElse(null),
                  g.version());
            })
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<TargetProgress> targets(String year) {
    FieldErrors errors = new FieldErrors();
    int y = year(year, errors);
    errors.throwIfAny();
    PkhScope scope = access.pkhScope();
    java.util.Set<String> seen = new java.util.TreeSet<>();
    if (scope.isFacilitator()) {
      seen.add(scope.facilitator());
    } else {
      // the facilitators of the groups whose KPM the caller sees
      seen.addAll(
          PkhScopes.bind(
                  em.createQuery(
                      "SELECT DISTINCT g.facilitator FROM Kpm k, PkhGroup g"
                          + " WHERE g.code = k.groupCode"
                          + PkhScopes.condition(scope),
                      String.class),
                  scope)
              .getResultList());
    }
    if (seen.isEmpty()) {
      return List.of();
    }
    java.time.ZoneId zone = districtTime.zone();
    java.time.Instant from = java.time.LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant();
    java.time.Instant to = java.time.LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant();
    Map<String, Long> graduated = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT g2.facilitator, COUNT(x) FROM Graduation x, Kpm k2, PkhGroup g2"
                    + " WHERE k2.id = x.kpmId AND g2.code = k2.groupCode AND x.status = :approved"
                    + " AND x.decidedAt >= :from AND x.decidedAt < :to"
                    + " AND g2.facilitator IN :f GROUP BY g2.facilitator",
                Object[].class)
            .setParameter("approved", GraduationStatus.DISETUJUI)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("f", seen)
            .getResultList()) {
      graduated.put((String) r[0], ((Number) r[1]).longValue());
    }
    Map<String, Long> proposed = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT g2.facilitator, COUNT(x) FROM Graduation x, Kpm k2, PkhGroup g2"
                    + " WHERE k2.id = x.kpmId AND g2.code = k2.groupCode AND x.status = :open"
                    + " AND g2.facilitator IN :f GROUP BY g2.facilitator",
                Object[].class)
            .setParameter("open", GraduationStatus.DIUSULKAN)
            .setParameter("f", seen)
            .getResultList()) {
      proposed.put((String) r[0], ((Number) r[1]).longValue());
    }
    Map<String, GraduationTarget> targets = new HashMap<>();
    em.createQuery(
            "SELECT t FROM GraduationTarget t WHERE t.year = :y AND t.facilitator IN :f",
            GraduationTarget.class)
        .setParameter("y", y)
        .setParameter("f", seen)
        .getResultList()
        .forEach(t -> targets.put(t.facilitator(), t));
    return seen.stream()
        .map(
            f -> {
              GraduationTarget t = targets.get(f);
              return new TargetProgress(
                  f,
                  y,
                  t == null ? null : t.target(),
                  graduated.getOrDefault(f, 0L),
                  proposed.getOrDefault(f, 0L),
                  t == null ? null : t.setBy());
            })
        .toList();
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.graduation.target")
  public TargetProgress setTarget(String facilitator, String year, Integer target) {
    FieldErrors errors = new FieldErrors();
    String f = Input.clean(facilitator);
    int y = year(year, errors);
    if (f == null || !facilitators.isFacilitator(f)) {
      errors.add("facilitator", "pkh.group.facilitatorUnknown", f == null ? "" : f);
    }
    GraduationTarget.check(target, y, districtTime.today().getYear(), errors);
    errors.throwIfAny();
    GraduationTarget t =
        em.find(
            GraduationTarget.class,
            new GraduationTarget.Key(f, y),
            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    boolean fresh = t == null;
    if (fresh) {
      t = new GraduationTarget(f, y);
    }
    t.set(target, currentUser.username(), clock.instant());
    if (fresh) {
      em.persist(t);
    }
    em.flush();
    return targets(Integer.toString(y)).stream()
        .filter(p -> p.facilitator().equals(f))
        .findFirst()
        .orElse(new TargetProgress(f, y, target, 0, 0, currentUser.username()));
  }

  private int year(String raw, FieldErrors errors) {
    int thisYear = districtTime.today().getYear();
    if (Input.clean(raw) == null) {
      return thisYear;
    }
    if (!raw.trim().matches("\\d{4}")) {
      errors.add("year", "pkh.target.year", thisYear - 1, thisYear + 1);
      return thisYear;
    }
    return Integer.parseInt(raw.trim());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.graduation.replacements")
  public List<ReplacementCandidate> replacements(long graduationId) {
    Graduation g = visible(graduationId);
    if (g.status() != GraduationStatus.DISETUJUI) {
      throw new ConflictException("pkh.graduation.notApproved");
    }
    Kpm kpm = em.find(Kpm.class, g.kpmId());
    String kecamatan = kpm.villageCode().substring(0, KECAMATAN_CODE.length());
    // a family that is or was in PKH (a graduate too, whatever its DTSEN status still says)
    Set<Long> inPkh =
        new HashSet<>(
            em.createQuery(
                    "SELECT k.householdId FROM Kpm k WHERE k.villageCode LIKE :place", Long.class)
                .setParameter("place", kecamatan + "%")
                .getResultList());
    return welfare.lowestDesil(kecamatan, REPLACEMENT_DESIL, inPkh, REPLACEMENTS).stream()
        .map(
            c ->
                new ReplacementCandidate(
                    c.householdId(), c.kk(), c.headName(), c.villageCode(), c.desil(), c.asOf()))
        .toList();
  }

  @Override
  @RolesAllowed(Role.Names.KOORDINATOR_PKH)
  @Audited("pkh.graduation.verivali")
  public GraduationDetails proposeVerivali(long graduationId, String note) {
    Graduation g = visible(graduationId);
    g.checkVerivali();
    Kpm kpm = em.find(Kpm.class, g.kpmId());
    String reason =
        "Graduasi PKH %s (KPM %s) disetujui %s: keluarga kini mampu, data DTSEN perlu diperbarui."
            .formatted(
                g.type().name(),
                kpm.participantNumber().value(),
                g.decidedAt()
                    .map(at -> at.atZone(districtTime.zone()).toLocalDate().toString())
                    .orElse(""));
    long proposal =
        verivali.propose(
            new ProposeVerivali(kpm.householdId(), "PERBAIKAN", reason, null, Input.clean(note)));
    g.verivaliProposed(proposal);
    em.flush();
    return details(List.of(g)).get(0);
  }
}
