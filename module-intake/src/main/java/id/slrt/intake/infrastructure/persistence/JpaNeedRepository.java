package id.slrt.intake.infrastructure.persistence;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.domain.model.need.Need;
import id.slrt.intake.domain.model.need.NeedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Needs in the current tenant's schema; sealed needs only when the caller may see them. */
@ApplicationScoped
public class JpaNeedRepository implements NeedRepository {
  @Inject @TenantDb EntityManager em;

  @Override
  public Optional<Need> find(long id, boolean includeSealed) {
    Need need = em.find(Need.class, id);
    if (need == null || (need.sealed() && !includeSealed)) {
      return Optional.empty();
    }
    return Optional.of(need);
  }

  @Override
  public void store(Need need) {
    if (need.sealed()) {
      need.identifyAsSealed(SealedIds.next(em, "need_sealed"));
    }
    em.persist(need);
    em.flush();
  }

  @Override
  public void update(Need need) {
    em.flush();
  }

  @Override
  public List<Need> search(NeedQuery query, boolean includeSealed, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(query, includeSealed, parameters);
    TypedQuery<Need> q =
        em.createQuery(
            "SELECT n FROM Need n"
                + where
                + " ORDER BY n.fastTrack DESC, n.recordedAt ASC, n.id ASC",
            Need.class);
    parameters.forEach(q::setParameter);
    return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  @Override
  public long count(NeedQuery query, boolean includeSealed) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "SELECT COUNT(n) FROM Need n" + where(query, includeSealed, parameters), Long.class);
    parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private static String where(
      NeedQuery query, boolean includeSealed, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (!includeSealed) {
      where.append(" AND n.sealed = FALSE");
    }
    if (query.status() != null) {
      where.append(" AND n.status = :status");
      parameters.put("status", query.status());
    }
    if (query.kind() != null) {
      where.append(" AND n.kind = :kind");
      parameters.put("kind", query.kind());
    }
    if (query.category() != null) {
      where.append(" AND n.category = :category");
      parameters.put("category", query.category());
    }
    if (query.fastTrack() != null) {
      where.append(" AND n.fastTrack = :fastTrack");
      parameters.put("fastTrack", query.fastTrack());
    }
    if (query.personId() != null) {
      where.append(" AND n.personId = :personId");
      parameters.put("personId", query.personId());
    }
    if (query.householdId() != null) {
      where.append(
          " AND n.personId IN (SELECT p.id FROM Person p WHERE p.household.id = :household)");
      parameters.put("household", query.householdId());
    }
    if (query.villageCode() != null) {
      where.append(
          " AND n.householdId IN (SELECT h.id FROM Household h"
              + " WHERE h.address.villageCode = :village)");
      parameters.put("village", query.villageCode());
    }
    if (query.place() != null) {
      where.append(
          " AND n.householdId IN (SELECT h.id FROM Household h"
              + " WHERE h.address.villageCode LIKE :place)");
      parameters.put("place", query.place());
    }
    return where.toString();
  }
}
