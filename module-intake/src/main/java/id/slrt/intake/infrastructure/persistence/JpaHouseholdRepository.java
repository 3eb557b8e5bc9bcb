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
import id.slrt.intake.domain.model.household.SearchText;
import id.slrt.intake.domain.model.household.WelfareStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Households in the current tenant's schema, through that tenant's EntityManager. */
@ApplicationScoped
public class JpaHouseholdRepository implements HouseholdRepository {
  /**
   * EclipseLink's read-only query hint, for the lists' reads ({@link #findAll}, {@link
   * #membersOf}): the objects are shared and never registered in the transaction, so no copy is
   * made and nothing is compared for changes at commit (a search's largest cost in the profile).
   * Their callers only read them.
   */
  private static final String READ_ONLY = "eclipselink.read-only";

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
                // asked after the unique key refused a family's persons: the refused rows are
                // still pending and must not be written again before the look-up
                .setFlushMode(FlushModeType.COMMIT)
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
    // one statement for the people and their families (no statement per family), and not
    // registered in the transaction: lists only read them
    return em.createQuery(
            "SELECT p FROM Person p JOIN FETCH p.household WHERE p.id IN :ids", Person.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.read-only", "true")
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
  public List<Household> search(
      String villageCode, String place, SearchText text, PageRequest page) {
    if (text != null && text.findsNothing()) {
      return List.of();
    }
    HouseholdSearchSql c = HouseholdSearchSql.of(villageCode, place, text);
    Query query = em.createNativeQuery(c.pageSql());
    int i = bind(query, c.parameters());
    query.setParameter(i, page.offset()).setParameter(i + 1, page.size());
    List<Long> ids =
        ((List<?>) query.getResultList()).stream().map(JpaHouseholdRepository::id).toList();
    Map<Long, Household> byId = findAll(ids);
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public long count(String villageCode, String place, SearchText text, long cap) {
    if (text != null && text.findsNothing()) {
      return 0;
    }
    HouseholdSearchSql c = HouseholdSearchSql.of(villageCode, place, text);
    Query query = em.createNativeQuery(c.countSql());
    int i = bind(query, c.parameters());
    query.setParameter(i, cap + 1);
    return ((Number) query.getSingleResult()).longValue();
  }

  private static int bind(Query query, List<Object> parameters) {
    int i = 1;
    for (Object p : parameters) {
      query.setParameter(i++, p);
    }
    return i;
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
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
          .setHint(READ_ONLY, "true")
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
            .setHint(READ_ONLY, "true")
            .getResultList()) {
      byHousehold.computeIfAbsent(p.household().id(), k -> new java.util.ArrayList<>()).add(p);
    }
    return byHousehold;
  }
}
