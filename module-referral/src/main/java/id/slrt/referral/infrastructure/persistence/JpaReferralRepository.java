package id.slrt.referral.infrastructure.persistence;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.referral.domain.model.escalation.Escalation;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralRepository;
import id.slrt.referral.domain.model.referral.ReferralStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals in the current tenant's schema. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {
  @Inject @TenantDb EntityManager em;

  @Override
  public Optional<Referral> find(long id) {
    return Optional.ofNullable(em.find(Referral.class, id));
  }

  @Override
  public void store(Referral referral) {
    em.persist(referral);
    em.flush();
  }

  @Override
  public void update(Referral referral) {
    em.flush();
  }

  @Override
  public List<Referral> search(ReferralQuery query, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Referral> q =
        em.createQuery(
            "SELECT r FROM Referral r"
                + where(query, parameters)
                + " ORDER BY r.dueDate ASC, r.id ASC",
            Referral.class);
    parameters.forEach(q::setParameter);
    // the page's histories in one more statement, not one per referral
    q.setHint("eclipselink.batch", "r.history");
    q.setHint("eclipselink.batch.type", "IN");
    return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  @Override
  public long countUpTo(ReferralQuery query, long cap) {
    // is there a row past the cap? The database skips to it; only then is the rest not counted
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> past =
        em.createQuery("SELECT r.id FROM Referral r" + where(query, parameters), Long.class);
    parameters.forEach(past::setParameter);
    if (!past.setFirstResult((int) cap).setMaxResults(1).getResultList().isEmpty()) {
      return cap + 1;
    }
    return count(query);
  }

  @Override
  public long count(ReferralQuery query) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> q =
        em.createQuery("SELECT COUNT(r) FROM Referral r" + where(query, parameters), Long.class);
    parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public List<Referral> ofNeed(long needId) {
    return em.createQuery(
            "SELECT r FROM Referral r WHERE r.needId = :need ORDER BY r.id", Referral.class)
        .setParameter("need", needId)
        .getResultList();
  }

  @Override
  public Map<Long, Escalation> escalations(List<Long> referralIds) {
    Map<Long, Escalation> highest = new HashMap<>();
    if (referralIds.isEmpty()) {
      return highest;
    }
    for (Escalation e :
        em.createQuery(
                "SELECT e FROM Escalation e WHERE e.referralId IN :ids ORDER BY e.step",
                Escalation.class)
            .setParameter("ids", referralIds)
            .getResultList()) {
      highest.put(e.referralId(), e);
    }
    return highest;
  }

  private static String where(ReferralQuery query, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (query.statuses() != null) {
      where.append(" AND r.status IN :statuses");
      parameters.put("statuses", List.copyOf(query.statuses()));
    }
    if (query.serviceCode() != null) {
      where.append(" AND r.serviceCode = :service");
      parameters.put("service", query.serviceCode());
    }
    if (query.provider() != null) {
      where.append(" AND r.providerCode = :provider");
      parameters.put("provider", query.provider());
    }
    if (query.personId() != null) {
      where.append(" AND r.personId = :person");
      parameters.put("person", query.personId());
    }
    if (query.needId() != null) {
      where.append(" AND r.needId = :need");
      parameters.put("need", query.needId());
    }
    if (query.overdueOn() != null) {
      where.append(" AND r.status IN :open AND r.dueDate < :today");
      parameters.put("open", List.copyOf(ReferralStatus.open()));
      parameters.put("today", query.overdueOn());
    }
    if (query.escalatedTo() != null) {
      where
          .append(" AND r.status IN :open AND EXISTS (SELECT e.id FROM Escalation e")
          .append(" WHERE e.referralId = r.id AND e.step >= :step)");
      parameters.put("open", List.copyOf(ReferralStatus.open()));
      parameters.put("step", query.escalatedTo().step());
    }
    if (query.villagePattern() != null) {
      where.append(" AND r.villageCode LIKE :village");
      parameters.put("village", query.villagePattern());
    }
    return where.toString();
  }
}
