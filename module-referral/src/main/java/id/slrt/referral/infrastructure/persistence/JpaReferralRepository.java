package id.slrt.referral.infrastructure.persistence;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.referral.domain.model.escalation.Escalation;
import id.slrt.referral.domain.model.referral.Referral;
import id.slrt.referral.domain.model.referral.ReferralRepository;
import id.slrt.referral.domain.model.referral.ReferralStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Referrals in the current tenant's schema. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {
  @Inject @TenantDb EntityManager em;
  @Inject TenantContext tenants;

  /** What this server found when it last counted each list. */
  private final ListCounts counts = new ListCounts();

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
    // the page's ids first, read from the indexes alone in the list's order; then those rows
    List<Object> parameters = new ArrayList<>();
    Query ids =
        em.createNativeQuery(
            "SELECT r.id FROM referral r"
                + where(query, parameters)
                + " ORDER BY r.due_date, r.id LIMIT ? OFFSET ?");
    parameters.add(page.size());
    parameters.add(page.offset());
    bind(ids, parameters);
    List<Long> onPage = longs(ids.getResultList());
    if (onPage.isEmpty()) {
      return List.of();
    }
    TypedQuery<Referral> rows =
        em.createQuery("SELECT r FROM Referral r WHERE r.id IN :ids", Referral.class)
            .setParameter("ids", onPage);
    // the page's histories in one more statement, not one per referral; a list only reads them,
    // so they are not registered in the transaction (no copies, nothing compared at its commit)
    rows.setHint("eclipselink.batch", "r.history");
    rows.setHint("eclipselink.batch.type", "IN");
    rows.setHint("eclipselink.read-only", "true");
    Map<Long, Referral> byId = new HashMap<>();
    rows.getResultList().forEach(r -> byId.put(r.id(), r));
    return onPage.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public long countUpTo(ReferralQuery query, long cap) {
    List<Object> parameters = new ArrayList<>();
    String where = where(query, parameters);
    return counts.upTo(
        tenants.require().slug() + where + parameters,
        cap,
        () -> count(where, parameters),
        () -> {
          // a row past the cap? The database skips to it on an index. (Counting a derived table
          // with LIMIT costs more: MariaDB writes it out.)
          Query past =
              em.createNativeQuery("SELECT r.id FROM referral r" + where + " LIMIT 1 OFFSET ?");
          List<Object> withCap = new ArrayList<>(parameters);
          withCap.add(cap);
          bind(past, withCap);
          return !past.getResultList().isEmpty();
        },
        System.nanoTime());
  }

  @Override
  public long count(ReferralQuery query) {
    List<Object> parameters = new ArrayList<>();
    return count(where(query, parameters), parameters);
  }

  private long count(String where, List<Object> parameters) {
    Query q = em.createNativeQuery("SELECT COUNT(*) FROM referral r" + where);
    bind(q, parameters);
    return ((Number) q.getSingleResult()).longValue();
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
            .setHint("eclipselink.read-only", "true")
            .getResultList()) {
      highest.put(e.referralId(), e);
    }
    return highest;
  }

  /**
   * The list's criteria in SQL over the referral table, with their values in {@code parameters} in
   * order (the one place a list's filter is written: page, count and capped count use it).
   */
  private static String where(ReferralQuery query, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (query.statuses() != null) {
      where.append(" AND r.status").append(in(query.statuses(), parameters));
    }
    if (query.serviceCode() != null) {
      where.append(" AND r.service_code = ?");
      parameters.add(query.serviceCode());
    }
    if (query.provider() != null) {
      where.append(" AND r.provider_code = ?");
      parameters.add(query.provider());
    }
    if (query.personId() != null) {
      where.append(" AND r.person_id = ?");
      parameters.add(query.personId());
    }
    if (query.needId() != null) {
      where.append(" AND r.need_id = ?");
      parameters.add(query.needId());
    }
    if (query.overdueOn() != null) {
      where.append(" AND r.status").append(in(ReferralStatus.open(), parameters));
      where.append(" AND r.due_date < ?");
      parameters.add(Date.valueOf(query.overdueOn()));
    }
    if (query.escalatedTo() != null) {
      where.append(" AND r.status").append(in(ReferralStatus.open(), parameters));
      where.append(" AND EXISTS (SELECT 1 FROM referral_escalation e");
      where.append(" WHERE e.referral_id = r.id AND e.step >= ?)");
      parameters.add(query.escalatedTo().step());
    }
    if (query.villagePattern() != null) {
      where.append(" AND r.village_code LIKE ?");
      parameters.add(query.villagePattern());
    }
    return where.toString();
  }

  private static String in(Set<ReferralStatus> statuses, List<Object> parameters) {
    StringBuilder in = new StringBuilder(" IN (");
    for (ReferralStatus status : statuses) {
      in.append(in.length() > 5 ? ", ?" : "?");
      parameters.add(status.name());
    }
    return in.append(")").toString();
  }

  private static void bind(Query q, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      q.setParameter(i + 1, parameters.get(i));
    }
  }

  private static List<Long> longs(List<?> values) {
    return values.stream().map(v -> ((Number) v).longValue()).toList();
  }
}
