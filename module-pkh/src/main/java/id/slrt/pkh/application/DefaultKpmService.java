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
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.HouseholdSummary;
import id.slrt.intake.api.MemberDetails;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.pkh.api.EnrolKpm;
import id.slrt.pkh.api.EnrolKpm.ComponentInput;
import id.slrt.pkh.api.ExitKpm;
import id.slrt.pkh.api.GroupDetails;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmDetails.ComponentDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.domain.model.kpm.Component;
import id.slrt.pkh.domain.model.kpm.Components;
import id.slrt.pkh.domain.model.kpm.ExitReason;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.kpm.MemberComponent;
import id.slrt.pkh.domain.model.kpm.ParticipantNumber;
import id.slrt.pkh.domain.model.kpm.PkhGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * KPM: a family of intake enrolled in PKH by a facilitator or coordinator. Who sees which KPM is
 * the access policy's PKH scope; one query shape finds a KPM for every caller, so one outside the
 * scope and a number that does not exist answer alike.
 */
@Stateless
public class DefaultKpmService implements KpmService {

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject DistrictTime districtTime;
  @Inject TenantContext tenants;
  @Inject PersonDirectory people;
  @Inject HouseholdService households;
  @Inject Facilitators facilitators;

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.kpm.enrol")
  public KpmDetails enrol(EnrolKpm request) {
    EnrolKpm r =
        request == null
            ? new EnrolKpm(null, null, null, null, null, null, null, null, null)
            : request;
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    Optional<ParticipantNumber> number =
        ParticipantNumber.read(
            r.participantNumber(),
            tenants.require().regency().compact(),
            "participantNumber",
            errors);
    int startYear = r.startYear() == null ? today.getYear() : r.startYear();
    Kpm.checkStartYear(startYear, today, errors);
    HouseholdDetails family = family(r, errors);
    MemberDetails recipient = family == null ? null : recipient(family, r, errors);
    List<MemberComponent> components = components(r, family, today, errors);
    String groupCode = Input.clean(r.groupCode());
    PkhGroup group = group(groupCode, Input.clean(r.facilitator()), errors);
    errors.throwIfAny();
    if (findByNumber(number.get().value()).isPresent()) {
      throw new ConflictException("pkh.kpm.duplicate", number.get().value());
    }
    List<Kpm> ofFamily =
        em.createQuery(
                "SELECT k FROM Kpm k WHERE k.householdId = :h AND k.status = :active", Kpm.class)
            .setParameter("h", family.id())
            .setParameter("active", KpmStatus.AKTIF)
            .getResultList();
    if (!ofFamily.isEmpty()) {
      throw new ConflictException(
          "pkh.kpm.familyEnrolled", ofFamily.get(0).participantNumber().value());
    }
    if (em.find(PkhGroup.class, group.code()) == null) {
      em.persist(group);
      em.flush(); // the KPM's row refers to it, and EclipseLink does not order unrelated inserts
    }
    Kpm kpm =
        new Kpm(
            number.get(),
            startYear,
            family.id(),
            recipient.id(),
            family.address().villageCode(),
            group.code(),
            components);
    em.persist(kpm);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same number enrolled by another at the same moment: the unique key refused it
      if (Constraints.uniqueKey(e).filter("kpm_participant_number"::equals).isPresent()) {
        throw new ConflictException("pkh.kpm.duplicate", number.get().value());
      }
      throw e;
    }
    return details(List.of(kpm), today).get(0);
  }

  /** The family: the recipient's, or the one with the given No. KK. */
  private HouseholdDetails family(EnrolKpm r, FieldErrors errors) {
    String nik = Input.clean(r.recipientNik());
    String kk = Input.clean(r.kk());
    Optional<PersonCard> card = Optional.empty();
    if (r.recipientPersonId() != null) {
      card = people.byId(r.recipientPersonId());
      if (card.isEmpty()) {
        errors.add("recipientPersonId", "pkh.kpm.recipientUnknown");
        return null;
      }
    } else if (nik != null) {
      try {
        card = people.byNik(nik);
      } catch (id.slrt.core.error.ValidationException e) {
        errors.add("recipientNik", "pkh.kpm.nikInvalid");
        return null;
      }
      if (card.isEmpty()) {
        errors.add("recipientNik", "pkh.kpm.recipientUnknown");
        return null;
      }
    }
    if (card.isPresent()) {
      if (kk != null && !kk.equals(card.get().kk())) {
        errors.add("kk", "pkh.kpm.recipientNotInKk");
        return null;
      }
      return household(card.get().householdId(), "recipientNik", errors);
    }
    if (kk == null) {
      errors.add("kk", "pkh.kpm.familyRequired");
      return null;
    }
    List<HouseholdSummary> found =
        households.search(new HouseholdQuery(null, kk), new PageRequest(0, 20)).items().stream()
            .filter(h -> kk.equals(h.kk()))
            .toList();
    if (found.isEmpty()) {
      errors.add("kk", "pkh.kpm.familyUnknown");
      return null;
    }
    return household(found.get(0).id(), "kk", errors);
  }

  private HouseholdDetails household(long id, String field, FieldErrors errors) {
    try {
      return households.get(id);
    } catch (NotFoundException e) {
      errors.add(field, "pkh.kpm.familyUnknown");
      return null;
    }
  }

  /** The named recipient, else the wife in the KK, else its head; an active member either way. */
  private MemberDetails recipient(HouseholdDetails family, EnrolKpm r, FieldErrors errors) {
    List<MemberDetails> active =
        family.members().stream().filter(m -> "AKTIF".equals(m.status())).toList();
    Long named = r.recipientPersonId();
    String nik = Input.clean(r.recipientNik());
    Optional<MemberDetails> found;
    if (named != null || nik != null) {
      found =
          active.stream()
              .filter(m -> named != null ? m.id() == named : nik.equals(m.nik()))
              .findFirst();
    } else {
      found =
          active.stream()
              .filter(m -> "ISTRI".equals(m.relationship()))
              .findFirst()
              .or(() -> active.stream().filter(MemberDetails::headsFamily).findFirst());
    }
    if (found.isEmpty()) {
      errors.add(named != null ? "recipientPersonId" : "recipientNik", "pkh.kpm.recipientLeft");
      return null;
    }
    return found.get();
  }

  private List<MemberComponent> components(
      EnrolKpm r, HouseholdDetails family, LocalDate today, FieldErrors errors) {
    List<MemberComponent> out = new ArrayList<>();
    List<String> plain = r.components() == null ? List.of() : r.components();
    for (int i = 0; i < plain.size(); i++) {
      Component c = errors.code("components[" + i + "]", Component.class, plain.get(i));
      if (c != null) {
        out.add(new MemberComponent(null, c, today, null));
      } else if (Input.clean(plain.get(i)) == null) {
        errors.add("components[" + i + "]", "pkh.component.required");
      }
    }
    List<ComponentInput> members = r.members() == null ? List.of() : r.members();
    for (int i = 0; i < members.size(); i++) {
      String at = "members[" + i + "]";
      ComponentInput m =
          members.get(i) == null
              ? new ComponentInput(null, null, null, null, null)
              : members.get(i);
      Component c = errors.code(at + ".component", Component.class, m.component());
      if (c == null && Input.clean(m.component()) == null) {
        errors.add(at + ".component", "pkh.component.required");
      }
      LocalDate from = Input.clean(m.from()) == null ? today : errors.date(at + ".from", m.from());
      LocalDate to = Input.clean(m.to()) == null ? null : errors.date(at + ".to", m.to());
      if (from != null && to != null && to.isBefore(from)) {
        errors.add(at + ".to", "pkh.component.endsBeforeStart");
      }
      Long personId = member(family, m, at, errors);
      if (c != null && from != null && personId != null && (to == null || !to.isBefore(from))) {
        out.add(new MemberComponent(personId, c, from, to));
      }
    }
    return out;
  }

  private Long member(HouseholdDetails family, ComponentInput m, String at, FieldErrors errors) {
    String nik = Input.clean(m.nik());
    if (m.personId() == null && nik == null) {
      errors.add(at + ".nik", "pkh.component.memberRequired");
      return null;
    }
    if (family == null) {
      return null;
    }
    Optional<MemberDetails> found =
        family.members().stream()
            .filter(x -> "AKTIF".equals(x.status()))
            .filter(x -> m.personId() != null ? x.id() == m.personId() : nik.equals(x.nik()))
            .findFirst();
    if (found.isEmpty()) {
      errors.add(at + (m.personId() != null ? ".personId" : ".nik"), "pkh.component.notAMember");
      return null;
    }
    return found.get().id();
  }

  /**
   * The group: an existing one (a facilitator's own only), or a new one of the facilitator (the
   * caller, or the named facilitator when a coordinator enrols).
   */
  private PkhGroup group(String code, String facilitator, FieldErrors errors) {
    if (code == null) {
      errors.add("groupCode", "pkh.group.required");
      return null;
    }
    if (!code.matches(PkhGroup.CODE_PATTERN)) {
      errors.add("groupCode", "pkh.group.codeFormat");
      return null;
    }
    PkhGroup existing = em.find(PkhGroup.class, code);
    PkhScope scope = access.pkhScope();
    if (existing != null) {
      if (scope.isFacilitator() && !existing.isOf(scope.facilitator())) {
        errors.add("groupCode", "pkh.group.ofAnother");
        return null;
      }
      return existing;
    }
    if (scope.isFacilitator()) {
      return new PkhGroup(code, scope.facilitator());
    }
    if (facilitator == null) {
      errors.add("facilitator", "pkh.group.facilitatorRequired");
      return null;
    }
    if (!facilitators.isFacilitator(facilitator)) {
      errors.add("facilitator", "pkh.group.facilitatorUnknown", facilitator);
      return null;
    }
    return new PkhGroup(code, facilitator);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.kpm.read")
  public KpmDetails get(String participantNumber) {
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
    return details(List.of(kpm), districtTime.today()).get(0);
  }

  private Optional<Kpm> findByNumber(String number) {
    return em
        .createQuery("SELECT k FROM Kpm k WHERE k.participantNumber = :n", Kpm.class)
        .setParameter("n", number)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * A query of KPM {@code k} joined with its group {@code g}, narrowed to the caller's PKH scope
   * (and {@code extra}, a JPQL condition).
   */
  private <T> TypedQuery<T> scoped(String jpql, String extra, String tail, Class<T> type) {
    PkhScope scope = access.pkhScope();
    StringBuilder q = new StringBuilder(jpql);
    if (extra != null) {
      q.append(" AND ").append(extra);
    }
    q.append(PkhScopes.condition(scope));
    if (tail != null) {
      q.append(' ').append(tail);
    }
    return PkhScopes.bind(em.createQuery(q.toString(), type), scope);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.kpm.list")
  public Page<KpmDetails> search(KpmFilter filter, PageRequest page) {
    KpmFilter f = filter == null ? KpmFilter.any() : filter;
    FieldErrors errors = new FieldErrors();
    KpmStatus status = errors.code("status", KpmStatus.class, f.status());
    String group = Input.clean(f.groupCode());
    errors.throwIfAny();
    StringBuilder extra = new StringBuilder("1 = 1");
    if (status != null) {
      extra.append(" AND k.status = :status");
    }
    if (group != null) {
      extra.append(" AND k.groupCode = :group");
    }
    TypedQuery<Kpm> rows =
        scoped(
            "SELECT k FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode",
            extra.toString(),
            "ORDER BY k.groupCode, k.participantNumber",
            Kpm.class);
    TypedQuery<Long> count =
        scoped(
            "SELECT COUNT(k) FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode",
            extra.toString(),
            null,
            Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (status != null) {
        q.setParameter("status", status);
      }
      if (group != null) {
        q.setParameter("group", group);
      }
    }
    List<Kpm> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(
        details(found, districtTime.today()), page.page(), page.size(), count.getSingleResult());
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.KOORDINATOR_PKH})
  @Audited("pkh.kpm.exit")
  public KpmDetails exit(String participantNumber, ExitKpm exit) {
    ExitKpm x = exit == null ? new ExitKpm(null, null, null) : exit;
    Kpm kpm = PkhScopes.requireVisibleKpm(em, access.pkhScope(), participantNumber);
    FieldErrors errors = new FieldErrors();
    LocalDate today = districtTime.today();
    ExitReason reason = errors.code("reason", ExitReason.class, x.reason());
    if (reason == null && Input.clean(x.reason()) == null) {
      errors.add("reason", "pkh.exit.reasonRequired");
    }
    LocalDate on = Input.clean(x.on()) == null ? today : errors.date("on", x.on());
    if (on != null && on.isAfter(today)) {
      errors.add("on", "pkh.exit.future");
    }
    String note = Input.clean(x.note());
    if (note != null && note.length() > 500) {
      errors.add("note", "pkh.session.tooLong", 500);
    }
    errors.throwIfAny();
    kpm.exit(reason, on, note, ConditionalityRules.of(em));
    em.flush();
    return details(List.of(kpm), today).get(0);
  }

  @Override
  @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PENDAMPING_PKH, Role.Names.KOORDINATOR_PKH})
  public List<GroupDetails> groups() {
    PkhScope scope = access.pkhScope();
    if (scope.isFacilitator()) {
      // a facilitator's groups, also those without KPM yet
      List<PkhGroup> own =
          em.createQuery(
                  "SELECT g FROM PkhGroup g WHERE g.facilitator = :f ORDER BY g.code",
                  PkhGroup.class)
              .setParameter("f", scope.facilitator())
              .getResultList();
      Map<String, Long> active = activeByGroup(own.stream().map(PkhGroup::code).toList());
      return own.stream()
          .map(g -> new GroupDetails(g.code(), g.facilitator(), active.getOrDefault(g.code(), 0L)))
          .toList();
    }
    List<Object[]> rows =
        scoped(
                "SELECT g.code, g.facilitator, SUM(CASE WHEN k.status = :active THEN 1 ELSE 0 END)"
                    + " FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode",
                null,
                "GROUP BY g.code, g.facilitator ORDER BY g.code",
                Object[].class)
            .setParameter("active", KpmStatus.AKTIF)
            .getResultList();
    return rows.stream()
        .map(x -> new GroupDetails((String) x[0], (String) x[1], ((Number) x[2]).longValue()))
        .toList();
  }

  private Map<String, Long> activeByGroup(Collection<String> codes) {
    Map<String, Long> out = new HashMap<>();
    if (codes.isEmpty()) {
      return out;
    }
    for (Object[] x :
        em.createQuery(
                "SELECT k.groupCode, COUNT(k) FROM Kpm k WHERE k.groupCode IN :codes"
                    + " AND k.status = :active GROUP BY k.groupCode",
                Object[].class)
            .setParameter("codes", codes)
            .setParameter("active", KpmStatus.AKTIF)
            .getResultList()) {
      out.put((String) x[0], ((Number) x[1]).longValue());
    }
    return out;
  }

  private List<KpmDetails> details(List<Kpm> found, LocalDate today) {
    Set<Long> persons = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (Kpm k : found) {
      persons.add(k.recipientPersonId());
      k.components().forEach(c -> c.personId().ifPresent(persons::add));
      groups.add(k.groupCode());
    }
    Map<Long, PersonCard> cards = persons.isEmpty() ? Map.of() : people.byIds(persons);
    Map<String, String> facilitators = new HashMap<>();
    if (!groups.isEmpty()) {
      em.createQuery("SELECT g FROM PkhGroup g WHERE g.code IN :codes", PkhGroup.class)
          .setParameter("codes", groups)
          .getResultList()
          .forEach(g -> facilitators.put(g.code(), g.facilitator()));
    }
    return found.stream()
        .map(
            k -> {
              List<MemberComponent> counted = Components.counted(k.components(), today);
              PersonCard recipient = cards.get(k.recipientPersonId());
              return new KpmDetails(
                  k.id(),
                  k.participantNumber().value(),
                  k.startYear(),
                  k.householdId(),
                  recipient == null ? null : recipient.kk(),
                  k.recipientPersonId(),
                  recipient == null ? null : recipient.name(),
                  k.villageCode(),
                  k.groupCode(),
                  facilitators.get(k.groupCode()),
                  k.status().name(),
                  k.graduationType().map(Enum::name).orElse(null),
                  k.endedOn().orElse(null),
                  k.exitReason().map(Enum::name).orElse(null),
                  k.endNote().orElse(null),
                  k.components().stream()
                      .map(
                          c ->
                              new ComponentDetails(
                                  c.personId().orElse(null),
                                  c.personId().map(cards::get).map(PersonCard::name).orElse(null),
                                  c.component().name(),
                                  c.from(),
                                  c.to().orElse(null),
                                  c.inForceOn(today),
                                  counted.contains(c)))
                      .toList(),
                  k.warnings().stream()
                      .map(
                          w ->
                              new KpmDetails.WarningDetails(
                                  w.level().name(),
                                  w.periodFrom(),
                                  w.periodTo(),
                                  w.issuedOn(),
                                  w.issuedBy(),
                                  w.note().orElse(null)))
                      .toList(),
                  k.status() == KpmStatus.AKTIF
                      ? k.nextWarning().map(Enum::name).orElse(null)
                      : null,
                  k.followUps().stream()
                      .map(
                          f ->
                              new KpmDetails.GraduateFollowUp(
                                  f.round(),
                                  f.doneOn(),
                                  f.outcome().name(),
                                  f.note().orElse(null),
                                  f.recordedBy(),
                                  f.referralId().orElse(null)))
                      .toList(),
                  k.stickerPlacedOn().orElse(null),
                  counted.size(),
                  k.naturalGraduationDue(today),
                  k.version());
            })
        .toList();
  }
}
