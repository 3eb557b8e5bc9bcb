package id.slrt.intake.infrastructure.persistence;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.PersonMove;
import id.slrt.intake.domain.model.household.ProgramReceipt;
import id.slrt.intake.domain.model.household.WelfareStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Households in the current tenant's schema, through that tenant's EntityManager. */
@ApplicationScoped
public class JpaHouseholdRepository implements HouseholdRepository {
  private static final int MIN_NUMBER_PREFIX = 4;

  @Inject @TenantDb EntityManager em;

  @Override
  public Optional<Household> find(long id) {
    return Optional.ofNullable(em.find(Household.class, id));
  }

  @Override
  public long nextProvisionalKk() {
    em.createNativeQuery("INSERT INTO provisional_kk () VALUES ()").executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
  }

  @Override
  public boolean existsKk(NomorKk kk) {
    return !em.createNamedQuery("Household.findByKk", Household.class)
        .setParameter("kk", kk)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Set<Nik> existingNiks(Collection<Nik> niks) {
    if (niks.isEmpty()) {
      return Set.of();
    }
    Set<String> found =
        new HashSet<>(
            em.createNamedQuery("Person.findExistingNiks", String.class)
                .setParameter("niks", digits(niks))
                .getResultList());
    Set<Nik> existing = new HashSet<>();
    for (Nik nik : niks) {
      if (found.contains(nik.value())) {
        existing.add(nik);
      }
    }
    return existing;
  }

  /**
   * The digits of identity numbers, for an {@code IN} over the read-only digits mappings: whether
   * EclipseLink passes each element of a collection parameter through the converter is not
   * something to rely on.
   */
  private static List<String> digits(Collection<?> numbers) {
    return numbers.stream().map(Object::toString).toList();
  }

  @Override
  public Optional<Person> findPerson(Nik nik) {
    return em.createNamedQuery("Person.findByNik", Person.class)
        .setParameter("nik", nik)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Person> findPersonById(long id) {
    return Optional.ofNullable(em.find(Person.class, id));
  }

  @Override
  public List<Person> findPersonsById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void storeMove(PersonMove move) {
    em.persist(move);
  }

  @Override
  public List<PersonMove> moves(long personId) {
    return em.createQuery(
            "SELECT m FROM PersonMove m WHERE m.personId = :p ORDER BY m.movedAt, m.id",
            PersonMove.class)
        .setParameter("p", personId)
        .getResultList();
  }

  @Override
  public void storeWelfare(WelfareStatus status) {
    em.persist(status);
    em.flush();
  }

  @Override
  public Optional<WelfareStatus> findWelfare(long householdId, long statusId) {
    return Optional.ofNullable(em.find(WelfareStatus.class, statusId))
        .filter(w -> w.householdId() == householdId);
  }

  @Override
  public void storeProgram(ProgramReceipt receipt) {
    em.persist(receipt);
    em.flush();
  }

  @Override
  public List<ProgramReceipt> programs(long householdId) {
    return em.createQuery(
            "SELECT r FROM ProgramReceipt r WHERE r.householdId = :h"
                + " ORDER BY r.since DESC, r.id DESC",
            ProgramReceipt.class)
        .setParameter("h", householdId)
        .getResultList();
  }

  @Override
  public List<WelfareStatus> welfareHistory(long householdId) {
    return em.createQuery(
            "SELECT w FROM WelfareStatus w WHERE w.householdId = :h"
                + " ORDER BY w.asOf DESC, w.id DESC",
            WelfareStatus.class)
        .setParameter("h", householdId)
        .getResultList();
  }

  @Override
  public List<Person> likelyDuplicates(String name, java.time.LocalDate birthDate, int max) {
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.nameKey = :key AND p.birthDate = :born"
                + " ORDER BY p.id",
            Person.class)
        .setParameter("key", NameKey.of(name))
        .setParameter("born", birthDate)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void store(Household household) {
    em.persist(household);
    em.flush();
  }

  @Override
  public void update(Household household) {
    em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
  }

  @Override
  public List<Household> search(String villageCode, String place, String text, PageRequest page) {
    TypedQuery<Household> query =
        em.createQuery(
            "SELECT h FROM Household h" + where(villageCode, place, text) + " ORDER BY h.id DESC",
            Household.class);
    bind(query, villageCode, place, text);
    return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  @Override
  public long count(String villageCode, String place, String text) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(h) FROM Household h" + where(villageCode, place, text), Long.class);
    bind(query, villageCode, place, text);
    return query.getSingleResult();
  }

  @Override
  public Map<NomorKk, Household> findByKks(Collection<NomorKk> kks) {
    Map<NomorKk, Household> found = new java.util.HashMap<>();
    if (kks.isEmpty()) {
      return found;
    }
    for (Household h :
        em.createQuery(
                "SELECT DISTINCT h FROM Household h LEFT JOIN FETCH h.members"
                    + " WHERE h.kkDigits IN :kks",
                Household.class)
            .setParameter("kks", digits(kks))
            .getResultList()) {
      found.put(h.kk(), h);
    }
    return found;
  }

  @Override
  public Map<Nik, Person> findPersons(Collection<Nik> niks) {
    Map<Nik, Person> found = new java.util.HashMap<>();
    if (niks.isEmpty()) {
      return found;
    }
    for (Person p :
        em.createQuery("SELECT p FROM Person p WHERE p.nikDigits IN :niks", Person.class)
            .setParameter("niks", digits(niks))
            .getResultList()) {
      found.put(p.nik(), p);
    }
    return found;
  }

  @Override
  public Map<Long, List<WelfareStatus>> welfareOf(Collection<Long> householdIds) {
    Map<Long, List<WelfareStatus>> found = new java.util.HashMap<>();
    if (householdIds.isEmpty()) {
      return found;
    }
    for (WelfareStatus w :
        em.createQuery(
                "SELECT w FROM WelfareStatus w WHERE w.householdId IN :ids", WelfareStatus.class)
            .setParameter("ids", householdIds)
            .getResultList()) {
      found.computeIfAbsent(w.householdId(), k -> new java.util.ArrayList<>()).add(w);
    }
    return found;
  }

  @Override
  public void addWelfare(WelfareStatus status) {
    em.persist(status);
  }

  @Override
  public void add(Household household) {
    em.persist(household);
  }

  @Override
  public void touch(Household household) {
    em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Map<Long, Household> findAll(Collection<Long> ids) {
    Map<Long, Household> byId = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT h FROM Household h WHERE h.id IN :ids", Household.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(h -> byId.put(h.id(), h));
    }
    return byId;
  }

  @Override
  public Map<Long, List<Person>> membersOf(Collection<Long> householdIds) {
    Map<Long, List<Person>> byHousehold = new LinkedHashMap<>();
    if (householdIds.isEmpty()) {
      return byHousehold;
    }
    for (Person p :
        em.createNamedQuery("Person.findByHouseholds", Person.class)
            .setParameter("ids", householdIds)
            .getResultList()) {
      byHousehold.computeIfAbsent(p.household().id(), k -> new java.util.ArrayList<>()).add(p);
    }
    return byHousehold;
  }

  private static boolean isNumber(String text) {
    return text != null && text.matches("\\d{" + MIN_NUMBER_PREFIX + ",16}");
  }

  private static String where(String villageCode, String place, String text) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (villageCode != null) {
      where.append(" AND h.address.villageCode = :village");
    }
    if (place != null) {
      where.append(" AND h.address.villageCode LIKE :place");
    }
    if (text != null) {
      where.append(" AND ");
      if (isNumber(text)) {
        where.append(
            "(h.kkDigits LIKE :prefix OR EXISTS (SELECT p FROM Person p WHERE p.household = h AND "
                + personMatches(text)
                + "))");
      } else {
        where.append(
            "EXISTS (SELECT p FROM Person p WHERE p.household = h AND "
                + personMatches(text)
                + ")");
      }
    }
    return where.toString();
  }

  /**
   * The one condition by which a person {@code p} matches a search text: a NIK by its prefix; a
   * name as typed, or every word of it by its spelling-tolerant key ({@link NameKey}). The search
   * and {@link #matchedMembers} both use it, so that the member shown as matched is the one found.
   */
  private static String personMatches(String text) {
    if (isNumber(text)) {
      return "p.nikDigits LIKE :prefix";
    }
    StringBuilder keys = new StringBuilder();
    List<String> tokens = NameKey.tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      keys.append(" AND CONCAT(' ', p.nameKey, ' ') LIKE :key").append(i);
    }
    return "(LOWER(p.name) LIKE :name" + (tokens.isEmpty() ? "" : " OR (1 = 1" + keys + ")") + ")";
  }

  @Override
  public Map<Long, List<Person>> matchedMembers(Collection<Long> householdIds, String text) {
    if (householdIds.isEmpty() || text == null) {
      return Map.of();
    }
    TypedQuery<Person> q =
        em.createQuery(
            "SELECT p FROM Person p WHERE p.household.id IN :ids AND "
                + personMatches(text)
                + " ORDER BY p.id",
            Person.class);
    q.setParameter("ids", householdIds);
    bind(q, null, null, text);
    Map<Long, List<Person>> matched = new java.util.LinkedHashMap<>();
    for (Person p : q.getResultList()) {
      matched.computeIfAbsent(p.household().id(), k -> new java.util.ArrayList<>()).add(p);
    }
    return matched;
  }

  private static void bind(TypedQuery<?> query, String villageCode, String place, String text) {
    if (villageCode != null) {
      query.setParameter("village", villageCode);
    }
    if (place != null) {
      query.setParameter("place", place);
    }
    if (text != null) {
      if (isNumber(text)) {
        query.setParameter("prefix", text + "%");
      } else {
        query.setParameter("name", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        List<String> tokens = NameKey.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
          query.setParameter("key" + i, "% " + tokens.get(i) + " %");
        }
      }
    }
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
