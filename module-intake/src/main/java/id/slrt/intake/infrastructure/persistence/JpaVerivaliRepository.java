package id.slrt.intake.infrastructure.persistence;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.domain.model.verivali.ProposalStatus;
import id.slrt.intake.domain.model.verivali.ProposalType;
import id.slrt.intake.domain.model.verivali.VerivaliProposal;
import id.slrt.intake.domain.model.verivali.VerivaliRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verivali proposals in the current tenant's schema. */
@ApplicationScoped
public class JpaVerivaliRepository implements VerivaliRepository {
  @Inject @TenantDb EntityManager em;

  @Override
  public Optional<VerivaliProposal> find(long id) {
    return Optional.ofNullable(em.find(VerivaliProposal.class, id));
  }

  @Override
  public void store(VerivaliProposal proposal) {
    em.persist(proposal);
    em.flush();
  }

  @Override
  public List<VerivaliProposal> search(
      ProposalStatus status,
      ProposalType type,
      String villageCode,
      String place,
      PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<VerivaliProposal> q =
        em.createQuery(
            "SELECT p FROM VerivaliProposal p"
                + where(status, type, villageCode, place, parameters)
                + " ORDER BY p.proposedAt, p.id",
            VerivaliProposal.class);
    parameters.forEach(q::setParameter);
    return q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
  }

  @Override
  public long count(ProposalStatus status, ProposalType type, String villageCode, String place) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "SELECT COUNT(p) FROM VerivaliProposal p"
                + where(status, type, villageCode, place, parameters),
            Long.class);
    parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public boolean hasOpen(long householdId, ProposalType type) {
    return em.createQuery(
                "SELECT COUNT(p) FROM VerivaliProposal p WHERE p.householdId = :h"
                    + " AND p.type = :t AND p.status IN :open",
                Long.class)
            .setParameter("h", householdId)
            .setParameter("t", type)
            .setParameter("open", List.of(ProposalStatus.DIUSULKAN, ProposalStatus.DIVERIFIKASI))
            .getSingleResult()
        > 0;
  }

  private static String where(
      ProposalStatus status,
      ProposalType type,
      String villageCode,
      String place,
      Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (status != null) {
      where.append(" AND p.status = :status");
      parameters.put("status", status);
    }
    if (type != null) {
      where.append(" AND p.type = :type");
      parameters.put("type", type);
    }
    if (villageCode != null) {
      where.append(
          " AND p.householdId IN (SELECT h.id FROM Household h"
              + " WHERE h.address.villageCode = :village)");
      parameters.put("village", villageCode);
    }
    if (place != null) {
      where.append(
          " AND p.householdId IN (SELECT h.id FROM Household h"
              + " WHERE h.address.villageCode LIKE :place)");
      parameters.put("place", place);
    }
    return where.toString();
  }
}
